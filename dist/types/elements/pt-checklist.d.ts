export * from '../pt-checklist/define.js';
