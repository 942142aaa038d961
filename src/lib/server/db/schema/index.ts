// One schema for PGlite and PostgreSQL; each concern keeps its tables in its own file.
export * from './reference';
export * from './accounts';
export * from './workshops';
export * from './uploads';
export * from './innovations';
export * from './engagement';
export * from './boards';
export * from './learning';
export * from './gallery';
export * from './board-images';
export * from './board-comments';
export * from './board-facilitation';
export * from './profiles';
