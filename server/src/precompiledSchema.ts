import validate from 'xproj:schema-validator';
import schema from '../../schemas/xproj.schema.json';
import { usePrecompiledValidator } from './service/schema/compileSchema';

/** Bundled entries (CLI, server) install the build-time validator before creating any service. */
export function installPrecompiledSchema(): void {
  usePrecompiledValidator(schema, validate);
}
