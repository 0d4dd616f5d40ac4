export * from '../exercise-card/define.js';
