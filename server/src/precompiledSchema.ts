import type { ValidateFunction } from 'ajv';
import validate from 'xproj:schema-validator';

/**
 * The plan schema's validator, generated at build time (ajv standalone code), so bundled entries
 * (CLI, server) skip compiling it at start-up: they pass it to the language service.
 */
export const precompiledValidator: ValidateFunction = validate;
