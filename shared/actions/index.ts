export * from './catalogue';
export * from './shortcut';
export * from './editingKeys';
