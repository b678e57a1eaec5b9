export * from './response.ts';
export * from './request.ts';
export * from './errors.ts';
