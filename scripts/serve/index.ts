export { startServer, type ServeOptions, type StaticServer } from './server.ts';
