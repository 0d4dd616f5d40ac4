export * from '../lifting-tips/define.js';
