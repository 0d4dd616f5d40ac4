export * from '../why-it-hurts/define.js';
