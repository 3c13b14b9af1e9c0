// @ts-check
/**
 * Imported first by the bundles scripts/run.mjs makes: tsx's hooks, for the modules Eleventy
 * imports by path (its config and the `.11ty.ts` templates) once the bundle's imports are loaded.
 */
import { register } from 'tsx/esm/api';

register();
