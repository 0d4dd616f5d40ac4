export * from '../routine/define.js';
