/**
 * A spreadsheet read in a process of its own (started by
 * src/import/readIsolated.ts): the bytes come in over IPC, the grid or the
 * file's problem goes back, and the process ends. Whatever a hostile file
 * makes the parser do — inflate, nest, repeat shared strings — happens
 * within this process's heap limit, not the server's.
 */
import { readSpreadsheet, SheetError } from '../domain/spreadsheet'

type Ask = { bytes: Uint8Array; maxBytes?: number; maxRows: number }

process.once('message', (ask: Ask) => {
  void readSpreadsheet(Buffer.from(ask.bytes.buffer, ask.bytes.byteOffset, ask.bytes.byteLength), { maxBytes: ask.maxBytes, maxRows: ask.maxRows })
    .then(
      (grid) => ({ grid }),
      (e: unknown) => (e instanceof SheetError ? { problem: e.problem } : { error: e instanceof Error ? e.message : String(e) }),
    )
    .then((answer) => process.send!(answer, undefined, {}, () => process.exit(0)))
})
