// Loaded before the library on test/pages/storage.html?mode=…: makes localStorage behave as
// it does in private modes, sandboxed frames, full disks and after a bad write.
const mode = new URLSearchParams(location.search).get('mode');
const writes = [];
window.backcareStorageWrites = writes;
const realSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  writes.push(key);
  return realSetItem.call(this, key, value);
};

if (mode === 'missing') {
  Object.defineProperty(window, 'localStorage', { configurable: true, value: undefined });
} else if (mode === 'throw') {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
} else if (mode === 'quota') {
  Storage.prototype.setItem = function (key) {
    writes.push(key);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
} else if (mode === 'corrupt') {
  const realGetItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    return key.startsWith('backcare')
      ? '{"checked":[1,2,{"__proto__":'
      : realGetItem.call(this, key);
  };
}
