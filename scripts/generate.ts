/**
 * `npm run generate`: writes src/payload-types.ts and the admin import map
 * from the config. Calls Payload's generators directly because the payload
 * CLI's own loader exits silently on this machine (cold tsx runs).
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'

const config = await configPromise
const what = process.argv[2] ?? 'all'
if (what === 'all' || what === 'types') await generateTypes(config)
if (what === 'all' || what === 'importmap') await generateImportMap(config, { force: true, log: true })
process.exit(0)
