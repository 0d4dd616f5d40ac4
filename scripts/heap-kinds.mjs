// What a page's JavaScript heap holds, by kind, from a heap snapshot taken through the
// DevTools protocol: the bench uses it to name what stays after widgets are removed.

/** The snapshot's node types, grouped the way a reader of the bench needs them. */
const kindOf = {
  code: 'compiled code',
  native: 'DOM and other browser objects',
  string: 'strings',
  'concatenated string': 'strings',
  'sliced string': 'strings',
};

/** Bytes by kind (`compiled code`, `strings`, `JavaScript objects`, …) in the page's heap now. */
export async function heapByKind(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const bytes = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = kindOf[types[nodes[i + type]]] ?? 'JavaScript objects';
    bytes.set(kind, (bytes.get(kind) ?? 0) + nodes[i + size]);
  }
  return bytes;
}

/** `after` minus `before`, kind by kind, largest change first. */
export function heapChange(before, after) {
  return [...new Set([...before.keys(), ...after.keys()])]
    .map((kind) => [kind, (after.get(kind) ?? 0) - (before.get(kind) ?? 0)])
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
}
