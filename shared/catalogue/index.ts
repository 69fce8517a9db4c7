export * from './text';
export * from './methodPhases';
export * from './touchpoints';
export * from './kpis';
export * from './questions';
export * from './boardLanguage';
