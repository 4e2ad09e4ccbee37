export * from './eqf';
export * from './eu-member-states';
export * from './file';
export * from './issues';
export * from './languages';
export * from './licences';
export * from './salvage';
export * from './schema';
