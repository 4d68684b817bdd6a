/**
 * After each test file: remove the scratch folders its tests made, so that
 * thousands of runs leave nothing behind in the system's temporary folder.
 */
import {afterAll} from 'vitest'
import {removeScratch} from './cli.js'

afterAll(removeScratch)
