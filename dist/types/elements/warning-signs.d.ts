export * from '../warning-signs/define.js';
