import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/incidents/write-file.ts
import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import path from "node:path";
var FileExistsError = class extends Error {
  name = "FileExistsError";
};
var CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
function statOrUndefined(file, follow) {
  try {
    return follow ? statSync(file) : lstatSync(file);
  } catch {
    return void 0;
  }
}
function checkPlace(file, options) {
  const shown = options.shown ?? file;
  if (statOrUndefined(file, false)?.isDirectory()) throw new UsageError(`'${shown}' is a folder: name a file to write`);
  const folder = path.dirname(file);
  const shownFolder = path.dirname(shown);
  const stats = statOrUndefined(folder, true);
  if (stats && !stats.isDirectory())
    throw new UsageError(`cannot write '${shown}': '${shownFolder}' is a file, not a folder`);
  if (!stats) {
    if (!options.createFolders)
      throw new UsageError(`cannot write '${shown}': the folder '${shownFolder}' does not exist`);
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      throw new UsageError(
        `cannot write '${shown}': its folder '${shownFolder}' cannot be made (a file is in the way)`
      );
    }
  }
}
function writeFileAtomic(file, text, options = {}) {
  checkPlace(file, options);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  const fd = openSync(temporary, CREATE_FLAGS, 420);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      try {
        linkSync(temporary, file);
      } catch (error) {
        if (error.code === "EEXIST")
          throw new FileExistsError(`${options.shown ?? file} already exists`);
        throw error;
      }
      unlinkSync(temporary);
    } else {
      renameSync(temporary, file);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
    }
    if (error.code === "EISDIR")
      throw new UsageError(`'${options.shown ?? file}' is a folder: name a file to write`);
    throw error;
  }
}

export {
  FileExistsError,
  checkPlace,
  writeFileAtomic
};
