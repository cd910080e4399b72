// The bundle entry of dist/interop.js: exports and imports, with their spreadsheet, XML, image and
// PDF libraries, loaded by the CLI and the server only when a command or request needs them.
export { runExport } from './cli/exportCommand';
export { runImport } from './cli/importCommand';
export { exportPlan, ExportError } from './interop/export';
export { importPlan, ImportError } from './interop/import';
