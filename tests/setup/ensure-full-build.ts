import { ensureWebAndNodeBuild } from './ensure-build.js';

/** Global setup of the end-to-end project: the compiled server and the built web app, both current. */
export default ensureWebAndNodeBuild;
