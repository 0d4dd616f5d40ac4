export * from '../feeding-guide/define.js';
