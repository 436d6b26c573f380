import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  UNKNOWN_SEVERITY
} from "./declare+explain+import+review+sync+validate+worker.js";
import {
  SKIP,
  convert,
  gfmTable,
  gfmTableFromMarkdown,
  gfmTableToMarkdown,
  handle,
  visitParents
} from "./import+review+status.js";
import {
  splitFrontmatter
} from "./declare+import+review+status+sync+validate+worker.js";
import {
  FileExistsError,
  writeFileAtomic
} from "./import+new+review+status+sync+validate+worker.js";
import {
  displayPath,
  loadConfig,
  parseYaml,
  walkMarkdown
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  MAX_FILE_BYTES,
  decodeText,
  formatBytes,
  parseTimestamp,
  readBounded
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import {
  slugify
} from "./declare+import+init+new.js";
import {
  remarkParse,
  unified
} from "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  formatZoned,
  fromWall,
  zoneOffsetMinutes
} from "./declare+import+init+new+program+review+status.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import {
  yaml
} from "./declare+import+init+new+review+status+sync+validate+worker.js";
import {
  asciiAlpha,
  asciiAlphanumeric,
  asciiControl,
  blankLine,
  classifyCharacter,
  combineExtensions,
  factorySpace,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
  normalizeIdentifier,
  ok,
  resolveAll,
  splice,
  unicodePunctuation,
  unicodeWhitespace
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError,
  cut,
  plainLine
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/import.ts
import { readFileSync } from "node:fs";
import path4 from "node:path";

// src/app/import-incidents.ts
import path3 from "node:path";

// src/incidents/read/import-source.ts
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
var MAX_IMPORT_SOURCE_BYTES = 64 * 1024 * 1024;
function readTextFile(absolute, limit = MAX_FILE_BYTES) {
  let read;
  try {
    read = readBounded(absolute, limit);
  } catch (error) {
    return { problem: `cannot be read (${error.code ?? "error"})` };
  }
  if ("tooLarge" in read)
    return { problem: `${formatBytes(read.tooLarge)}, larger than the ${formatBytes(limit)} an import reads` };
  if ("notRegular" in read) return { problem: `${read.notRegular}: an import reads files only` };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok)
    return {
      problem: decoded.problem === "binary" ? "a binary file, not text" : `not UTF-8 text (line ${decoded.position.line}); save it as UTF-8`
    };
  return { text: decoded.text };
}
function readSourceFolder(root, isDocument) {
  const documents = [];
  const ignored = /* @__PURE__ */ new Map();
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry2 of entries) {
      if (entry2.name.startsWith(".") || entry2.name === "node_modules") continue;
      const absolute = path.join(dir, entry2.name);
      const relative = path.relative(root, absolute).split(path.sep).join("/");
      if (entry2.isDirectory()) walk(absolute);
      else if (!isDocument(entry2.name)) {
        const ext = path.extname(entry2.name).toLowerCase() || "(none)";
        ignored.set(ext, (ignored.get(ext) ?? 0) + 1);
      } else if (entry2.isSymbolicLink())
        documents.push({ path: relative, read: { problem: "a symbolic link, not followed" } });
      else if (entry2.isFile()) documents.push({ path: relative, read: readTextFile(absolute) });
    }
  };
  walk(root);
  return { documents, ignored };
}
function sourceKind(cwd, given) {
  const absolute = path.resolve(cwd, given);
  let stats;
  try {
    stats = lstatSync(absolute);
  } catch {
    throw new UsageError(`source '${given}' does not exist`);
  }
  if (stats.isSymbolicLink())
    throw new UsageError(`source '${given}' is a symbolic link; name the file or folder itself`);
  return { absolute, folder: stats.isDirectory() };
}
function readWrittenIncidents(cwd, dirs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const dir of dirs) {
    for (const entry2 of walkMarkdown(cwd, path.resolve(cwd, dir))) {
      if (seen.has(entry2.absolute) || entry2.symlink) continue;
      seen.add(entry2.absolute);
      const read = readTextFile(entry2.absolute);
      if (!("text" in read)) continue;
      const split = splitFrontmatter(read.text);
      const parsed = split.ok ? parseYaml(split.yaml) : void 0;
      const data = parsed?.ok && parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.data) ? parsed.data : void 0;
      out.push({ file: displayPath(cwd, entry2.absolute), absolute: entry2.absolute, text: read.text, data });
    }
  }
  return out;
}

// src/import/render-file.ts
import { createHash } from "node:crypto";
var PLACEHOLDER = `sha256:${"0".repeat(64)}`;
var DIGEST_LINE = /^ {2}digest: (sha256:[0-9a-f]{64})[ \t]*$/m;
function dump(frontmatter) {
  return yaml.dump(frontmatter, {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: '"'
  });
}
function sha256(text2) {
  return `sha256:${createHash("sha256").update(text2.replace(/\r\n?/g, "\n")).digest("hex")}`;
}
function renderImportedFile(incident) {
  const source = { ...incident.frontmatter.source, digest: PLACEHOLDER };
  const text2 = `---
${dump({ ...incident.frontmatter, source })}---

${incident.body}`;
  return text2.replace(PLACEHOLDER, sha256(text2));
}
function untouchedSinceImport(text2) {
  const match = DIGEST_LINE.exec(text2);
  if (!match) return void 0;
  return sha256(text2.replace(match[1], PLACEHOLDER)) === match[1];
}

// src/import/source-key.ts
function sourceKey(source) {
  if (typeof source.format !== "string") return void 0;
  const part = (v) => typeof v === "string" || typeof v === "number" ? String(v) : "";
  return `${source.format}:${part(source.path)}:${part(source.id)}`;
}

// src/import/plan.ts
function withId(incident, id) {
  return id === incident.id ? incident : { ...incident, id, frontmatter: { ...incident.frontmatter, id } };
}
function planImport(incidents, existing, options) {
  const byKey = /* @__PURE__ */ new Map();
  const takenIds = /* @__PURE__ */ new Set();
  const takenFiles = new Set(existing.map((e) => e.file.toLowerCase()));
  for (const file of existing) {
    const source = file.data?.source;
    const key2 = source && typeof source === "object" ? sourceKey(source) : void 0;
    if (key2 && !byKey.has(key2)) byKey.set(key2, file);
    if (typeof file.data?.id === "string") takenIds.add(file.data.id);
  }
  const actions = [];
  const skipped = [];
  const seenKeys = /* @__PURE__ */ new Map();
  for (const incident of incidents) {
    const first = seenKeys.get(incident.key);
    if (first !== void 0) {
      skipped.push({ origin: incident.origin, reason: `the same source item as ${first}: imported once` });
      continue;
    }
    seenKeys.set(incident.key, incident.origin);
    const found = byKey.get(incident.key);
    if (found) {
      const id2 = typeof found.data?.id === "string" ? found.data.id : incident.id;
      const record2 = withId(incident, id2);
      const text2 = renderImportedFile(record2);
      if (text2 === found.text) actions.push({ kind: "unchanged", file: found.file, incident: record2 });
      else if (options.force || untouchedSinceImport(found.text))
        actions.push({ kind: "update", file: found.file, text: text2, incident: record2 });
      else actions.push({ kind: "edited", file: found.file, incident: record2 });
      continue;
    }
    let id = incident.id;
    const fileOf = (candidate) => `${options.outDir}/${incident.year}/${candidate}.md`;
    for (let n = 2; takenIds.has(id) || takenFiles.has(fileOf(id).toLowerCase()); n++) id = `${incident.id}-${n}`;
    takenIds.add(id);
    takenFiles.add(fileOf(id).toLowerCase());
    const record = withId(incident, id);
    actions.push({ kind: "create", file: fileOf(id), text: renderImportedFile(record), incident: record });
  }
  return { actions, skipped };
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code2, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code2;
    for (const context of contexts) {
      for (const key2 in context) {
        const value = context[key2];
        this[key2] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str2) {
  return str2.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser2 = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser2.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code2 = record.charCodeAt(i);
      if (info[code2].lines[line] === void 0) info[code2].lines[line] = 0;
      info[code2].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key2 in options2) {
                this.options[key2] = options2[key2];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser2 = transform(opts);
  const push = (record) => {
    if (parser2.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser2.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/import/values.ts
var DEFAULT_SEVERITIES = {
  critical: "SEV1",
  major: "SEV2",
  minor: "SEV3",
  none: "SEV4"
};
var key = (text2) => text2.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function mapSeverity(value, config) {
  const text2 = value?.trim();
  if (!text2) return { id: UNKNOWN_SEVERITY };
  const ids = config.severities.map((s) => s.id);
  const mapped = config.importMaps.severities[text2.toLowerCase()];
  if (mapped !== void 0 && ids.includes(mapped)) return { id: mapped };
  const same = ids.find((id) => key(id) === key(text2));
  if (same) return { id: same };
  const fallback = DEFAULT_SEVERITIES[text2.toLowerCase()];
  if (fallback && ids.includes(fallback)) return { id: fallback };
  return { id: UNKNOWN_SEVERITY, unmapped: text2 };
}
function splitNames(text2) {
  return text2.split(/\s*(?:,|;|\band\b|&|\n)\s*/i).map((name) => name.replace(/^[`'"]|[`'"]$/g, "").trim()).filter(Boolean);
}
function mapServices(names, config) {
  const ids = [];
  const unmapped = [];
  const catalog = config.services.map((s) => s.id);
  for (const name of names) {
    const mapped = config.importMaps.services[name.toLowerCase()];
    const id = mapped ?? (catalog.length ? catalog.find((c) => key(c) === key(name)) : name);
    if (id === void 0) unmapped.push(name);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unmapped };
}
var METHODS = [
  [
    "alert",
    /\b(?:alert(?:s|ed|ing)?|paged?|paging|pagerduty|opsgenie|monitoring|borgmon|prometheus|datadog|nagios)\b/i
  ],
  [
    "customer",
    /\b(?:customers?|users?|clients?|merchants?)\b.{0,40}\b(?:report\w*|tickets?|complain\w*|contact\w*|tweet\w*|email\w*)|\b(?:support tickets?|customer reports?)\b/i
  ],
  ["automated-test", /\b(?:synthetic|canary|smoke test|probe|health ?check|automated test)s?\b/i],
  [
    "employee",
    /\b(?:an? (?:engineer|employee|colleague|developer|staff member)|internal(?:ly)? (?:report|notice)\w*)\b/i
  ]
];
function detectionMethod(text2) {
  const found = METHODS.filter(([, re]) => re.test(text2)).map(([method]) => method);
  return found.length === 1 ? found[0] : void 0;
}

// src/import/zone.ts
var MINUTE = 6e4;
var FIXED = {
  utc: 0,
  gmt: 0,
  z: 0,
  pst: -480,
  pdt: -420,
  mst: -420,
  mdt: -360,
  cst: -360,
  cdt: -300,
  est: -300,
  edt: -240,
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  bst: 60,
  jst: 540,
  aest: 600,
  aedt: 660
};
var GENERIC = {
  pt: "America/Los_Angeles",
  pacific: "America/Los_Angeles",
  mt: "America/Denver",
  mountain: "America/Denver",
  ct: "America/Chicago",
  central: "America/Chicago",
  et: "America/New_York",
  eastern: "America/New_York"
};
var ZONE_WORD = "(?:UTC|GMT)(?:\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|PST|PDT|MST|MDT|CST|CDT|EST|EDT|WET|WEST|CET|CEST|EET|EEST|BST|JST|AEST|AEDT|PT|MT|CT|ET|Pacific|Mountain|Central|Eastern|Z";
function isNamedZone(name) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
function parseZone(text2) {
  const name = text2.trim();
  const lower = name.toLowerCase();
  if (lower in FIXED) return { kind: "offset", minutes: FIXED[lower], name };
  if (lower in GENERIC) return { kind: "named", timeZone: GENERIC[lower], name };
  const offset = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (minutes > 14 * 60) return void 0;
    return { kind: "offset", minutes: offset[1] === "+" ? minutes : -minutes, name };
  }
  if (name.includes("/") && isNamedZone(name)) return { kind: "named", timeZone: name, name };
  return void 0;
}
function zonedFromWall(wallMs, zone) {
  if (zone.kind === "offset") return formatZoned(wallMs - zone.minutes * MINUTE, zone.minutes);
  const ms = fromWall(wallMs, zone.timeZone);
  return formatZoned(ms, zoneOffsetMinutes(ms, zone.timeZone));
}
var STATEMENTS = [
  // A line that starts by saying so: "All times UTC", "All times are in PT.", "Times in CET", "Times shown are Pacific"
  new RegExp(
    `^[^\\p{L}\\p{N}]*(?:all\\s+)?times?\\s+(?:are\\s+|shown\\s+|given\\s+|listed\\s+)*(?:in\\s+)?(${ZONE_WORD})\\b`,
    "iu"
  ),
  // Anywhere, in parentheses: "2015-10-21 (all times UTC)", "Timeline (all times ET)"
  new RegExp(`\\(\\s*all\\s+times\\s+(?:are\\s+)?(?:in\\s+)?(${ZONE_WORD})\\s*\\)`, "i"),
  // "Time zone: Europe/Berlin", "Timezone - UTC"
  new RegExp(`^[^\\p{L}\\p{N}]*time\\s*zone\\s*[:\\-\u2013]\\s*(${ZONE_WORD})`, "iu")
];
function statedZone(text2) {
  for (const statement of STATEMENTS) {
    const match = statement.exec(text2);
    const zone = match ? parseZone(match[1]) : void 0;
    if (zone) return zone;
  }
  return void 0;
}

// src/import/when.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
var WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
var DATES = [
  { re: /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,|)\]:–—-])/i, read: (m) => ymd(m[1], m[2], m[3]) },
  { re: /^(\d{4})\/(\d{2})\/(\d{2})(?=$|[\s,|)\]:–—-])/, read: (m) => ymd(m[1], m[2], m[3]) },
  {
    re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?=$|[\\s,|)\\]:\u2013\u2014-])`, "i"),
    read: (m) => named(m[3], m[2], m[1])
  },
  {
    re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=$|[\\s,|)\\]:\u2013\u2014-])`, "i"),
    read: (m) => named(m[3], m[1], m[2])
  }
];
function ymd(y, mo, d) {
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  return validDay(year, month, day) ? { year, month, day } : void 0;
}
function named(y, monthName, d) {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(d);
  const year = y === void 0 ? void 0 : Number(y);
  if (!validDay(year ?? 2e3, month, day)) return void 0;
  return year === void 0 ? { month, day } : { year, month, day };
}
function validDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
var CLOCK = new RegExp(
  `^(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap])\\.?m\\.?)?(?:\\s*\\(?(${ZONE_WORD})\\)?(?![A-Za-z]))?`,
  "i"
);
var CLOCK_12 = new RegExp(
  `^(?:at\\s+)?(\\d{1,2})\\s*([ap])\\.?m\\.?(?:\\s*\\(?(${ZONE_WORD})\\)?(?![A-Za-z]))?`,
  "i"
);
function readClock(text2) {
  const m = CLOCK.exec(text2);
  if (m) {
    let hour = Number(m[1]);
    const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
    if (m[4]) {
      if (hour < 1 || hour > 12) return void 0;
      hour = hour % 12 + (m[4].toLowerCase() === "p" ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return void 0;
    const zone = m[5] ? parseZone(m[5]) : void 0;
    if (m[5] && !zone) return void 0;
    return { clock: { hour, minute, second }, ...zone ? { zone } : {}, length: m[0].length };
  }
  const twelve = CLOCK_12.exec(text2);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return void 0;
    const zone = twelve[3] ? parseZone(twelve[3]) : void 0;
    return {
      clock: { hour: hour % 12 + (twelve[2].toLowerCase() === "p" ? 12 : 0), minute: 0, second: 0 },
      ...zone ? { zone } : {},
      length: twelve[0].length
    };
  }
  return void 0;
}
var LEAD = /^[\s[(*_`>]+/;
var SEPARATOR = /^[\s\])*_`]*(?:[-–—:|,]+|\bat\b)?[\s*_`]*/;
var ISO_ZONE = /^(Z|[+-]\d{2}:?\d{2})(?![\d:])/i;
function readWhen(input) {
  let text2 = input.replace(LEAD, "");
  let date;
  for (const form of DATES) {
    const m = form.re.exec(text2);
    if (!m) continue;
    date = form.read(m);
    if (!date) return void 0;
    text2 = text2.slice(m[0].length).replace(/^(?:T|,?\s+(?:at\s+)?|,)/i, "");
    break;
  }
  const clockAt = text2.replace(/^\s+/, "");
  const clock = readClock(clockAt);
  if (!date && !clock) return void 0;
  let zone = clock?.zone;
  if (clock) {
    text2 = clockAt.slice(clock.length);
    const iso = date && !zone ? ISO_ZONE.exec(text2) : null;
    if (iso) {
      zone = parseZone(iso[1].toUpperCase() === "Z" ? "UTC" : iso[1]);
      text2 = text2.slice(iso[0].length);
    }
  } else if (/^\d/.test(clockAt)) {
    return void 0;
  }
  const rest = text2.replace(SEPARATOR, "").trim();
  return { ...date ? { date } : {}, ...clock ? { clock: clock.clock } : {}, ...zone ? { zone } : {}, rest };
}
function readWhenValue(value) {
  const when = readWhen(value.trim());
  return when && when.rest.replace(/[.)\]]+$/, "") === "" ? when : void 0;
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index = source.indexOf(character);
  while (index !== -1) {
    count++;
    index = source.indexOf(character, index + character.length);
  }
  return count;
}

// node_modules/mdast-util-find-and-replace/node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string) {
  if (typeof string !== "string") {
    throw new TypeError("Expected a string");
  }
  return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list2, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list2);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node, parents, index) {
    if (node.type === "text" && typeof index === "number") {
      return handler(node, parents, index);
    }
    if (ignored(node, index, parents[parents.length - 1])) return SKIP;
  }
  function handler(node, parents, index) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node.value);
    while (match) {
      const position = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node]
      };
      let value = replace(...match, matchObject);
      if (typeof value === "string") {
        value = value.length > 0 ? { type: "text", value } : void 0;
      }
      if (value === false) {
        find.lastIndex = position + 1;
      } else {
        if (start !== position) {
          add({ type: "text", value: node.value.slice(start, position) });
        }
        if (Array.isArray(value)) {
          for (const child of value) add(child);
        } else if (value) {
          add(value);
        }
        start = position + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node.value);
    }
    if (change) {
      if (start < node.value.length) {
        add({ type: "text", value: node.value.slice(start) });
      }
      parent.children.splice(index, 1, ...nodes);
    } else {
      nodes = [node];
    }
    return index + nodes.length;
    function add(child) {
      const previous2 = nodes[nodes.length - 1];
      if (previous2 && previous2.type === "text" && child.type === "text") {
        previous2.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list2 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index = -1;
  while (++index < list2.length) {
    const tuple = list2[index];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace) {
  return typeof replace === "function" ? replace : function() {
    return replace;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node = this.stack[this.stack.length - 1];
  ok(node.type === "link");
  node.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path5, match) {
  if (!previous(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path5);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index = url.length;
  while (index > 0) {
    const code2 = url.charCodeAt(index - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125) {
      index--;
    } else {
      break;
    }
  }
  if (index === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index);
  url = url.slice(0, index);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match) {
  const code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok(node.type === "footnoteReference");
  node.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok(node.type === "footnoteDefinition");
  node.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move("[^");
  const exit = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node), { after: "]", before: value })
  );
  subexit();
  exit();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node, _, state, info) {
    const tracker = state.createTracker(info);
    let value = tracker.move("[^");
    const exit = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value += tracker.move(
      state.safe(state.associationId(node), { before: value, after: "]" })
    );
    subexit();
    value += tracker.move("]:");
    if (node.children && node.children.length > 0) {
      tracker.shift(4);
      value += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit();
    return value;
  }
}
function mapExceptFirst(line, index, blank) {
  return index === 0 ? line : mapAll(line, index, blank);
}
function mapAll(line, index, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node = this.stack[this.stack.length - 2];
  ok(node.type === "listItem");
  node.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node = this.stack[this.stack.length - 1];
    ok(node.type === "paragraph");
    const head = node.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index = -1;
      let firstParagraph;
      while (++index < siblings.length) {
        const sibling = siblings[index];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node.children.shift();
        } else if (node.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node) {
    return handle.paragraph(node, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value = handle.paragraph(
    node.children.length > 0 ? node : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph = taskListItemParagraph(parent);
  if (paragraph && parent.children.indexOf(left) < parent.children.indexOf(paragraph)) {
    return 0;
  }
}
function taskListItemParagraph(node) {
  if (typeof node.checked !== "boolean") {
    return;
  }
  for (const child of node.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path2 = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text = {};
function gfmAutolinkLiteral() {
  return {
    text
  };
}
var code = 48;
while (code < 123) {
  text[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text[43] = emailAutolink;
text[45] = emailAutolink;
text[46] = emailAutolink;
text[95] = emailAutolink;
text[72] = [emailAutolink, protocolAutolink];
text[104] = [emailAutolink, protocolAutolink];
text[87] = [emailAutolink, wwwAutolink];
text[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok2, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok2(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok2, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path2, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok2, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path2, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeWwwPrefix(effects, ok2, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}
function tokenizeDomain(effects, ok2, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok2(code2);
  }
}
function tokenizePath(effects, ok2) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok2, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok2, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok2(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok2(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index = events.length;
  let result = false;
  while (index--) {
    const token = events[index][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  let index = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index--) {
    const token = self.events[index][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok2(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index = events.length;
  let labelStart;
  while (index--) {
    if (events[index][1].type === "labelImage" && events[index][0] === "enter") {
      labelStart = events[index][1];
      break;
    }
  }
  events[index + 1][1].type = "data";
  events[index + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index + 3][1].end),
    end: Object.assign({}, events[index + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string.start),
    end: Object.assign({}, string.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index + 1],
    events[index + 2],
    ["enter", call, context],
    // The `[`
    events[index + 3],
    events[index + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index, events.length - index + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok2;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok2(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok2, nok) {
  return effects.check(blankLine, ok2, effects.attempt(indent, ok2, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index = -1;
    while (++index < events.length) {
      if (events[index][0] === "enter" && events[index][1].type === "strikethroughSequenceTemporary" && events[index][1]._close) {
        let open = index;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index][1].end.offset - events[index][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index][1].end)
            };
            const text2 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text2, context]];
            const insideSpan = context.parser.constructs.insideSpan.null;
            if (insideSpan) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text2, context], ["enter", events[index][1], context], ["exit", events[index][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index - open + 3, nextEvents);
            index = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index = -1;
    while (++index < events.length) {
      if (events[index][1].type === "strikethroughSequenceTemporary") {
        events[index][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok2, nok) {
    const previous2 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code2) {
      if (previous2 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous2);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok2(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok2, nok) {
  const self = this;
  return open;
  function open(code2) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close;
    }
    return nok(code2);
  }
  function close(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok2(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok2, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok2, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// src/import/markdown/tree.ts
var parser = unified().use(remarkParse).use(remarkGfm);
function parseMarkdown(text2) {
  return parser.parse(text2);
}
function plainText(node) {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return "\n";
  if (node.type === "image") return node.alt ?? "";
  if (node.type === "html" || node.type === "code") return "";
  if (!("children" in node)) return "";
  const separator = node.type === "list" || node.type === "listItem" || node.type === "root" ? "\n" : "";
  return node.children.map(plainText).join(separator);
}
function oneLine(text2) {
  return text2.replace(/\s+/g, " ").trim();
}
function linksIn(node) {
  if (node.type === "link") return [node.url];
  if (!("children" in node)) return [];
  return node.children.flatMap(linksIn);
}
function allStruck(node) {
  if (node.type === "delete") return true;
  if (node.type === "text") return node.value.trim() === "";
  if (!("children" in node)) return true;
  const children = node.children;
  return children.length > 0 && children.every(allStruck) && children.some((c) => c.type !== "text");
}

// src/import/markdown/timeline.ts
var DAY_MS = 864e5;
var HALF_DAY_MS = DAY_MS / 2;
function isoDay(day) {
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}
function nextDay(day) {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
function dayHeading(line, state) {
  const when = readWhen(line);
  if (!when?.date || when.clock) return false;
  if (when.rest.split(/\s+/).length > 5 && !statedZone(when.rest)) return false;
  const year = when.date.year ?? state.day?.year;
  if (year === void 0) return false;
  state.day = { year, month: when.date.month, day: when.date.day };
  state.lastWall = void 0;
  return true;
}
function entry(line, state, zoneOfColumn) {
  const zone = statedZone(line);
  if (zone) state.zone = zone;
  if (dayHeading(line, state)) return;
  const when = readWhen(line);
  if (!when || !when.clock && !when.date) return;
  let day;
  if (when.date) {
    const year = when.date.year ?? state.day?.year;
    day = year === void 0 ? void 0 : { year, month: when.date.month, day: when.date.day };
    if (day) {
      state.day = day;
      state.lastWall = void 0;
    }
  } else {
    day = state.day;
  }
  const text2 = when.rest;
  if (!day) return;
  if (!when.clock) {
    state.entries.push({ text: text2, day: isoDay(day) });
    return;
  }
  let wall = Date.UTC(day.year, day.month - 1, day.day, when.clock.hour, when.clock.minute, when.clock.second);
  if (!when.date && state.lastWall !== void 0 && wall < state.lastWall - HALF_DAY_MS) {
    day = nextDay(day);
    state.day = day;
    wall += DAY_MS;
  }
  state.lastWall = wall;
  const zoneOfEntry = when.zone ?? zoneOfColumn ?? state.zone;
  if (zoneOfEntry) state.entries.push({ text: text2, at: zonedFromWall(wall, zoneOfEntry), day: isoDay(day) });
  else state.entries.push({ text: text2, day: isoDay(day), zoneless: true });
}
function listEntries(list2, state) {
  for (const item of list2.children) {
    const [first, ...rest] = item.children;
    if (first) entry(oneLine(plainText(first)), state);
    for (const child of rest) if (child.type === "list") listEntries(child, state);
  }
}
function tableEntries(table2, state) {
  const rows = table2.children.map((row) => row.children.map((cell) => oneLine(plainText(cell))));
  const header = rows[0] ?? [];
  const timeColumn = Math.max(
    0,
    header.findIndex((h) => /\b(time|when|timestamp)\b/i.test(h))
  );
  const dateColumn = header.findIndex((h, i) => i !== timeColumn && /\b(date|day)\b/i.test(h));
  const zoneText = /\(([^)]+)\)/.exec(header[timeColumn] ?? "")?.[1];
  const zone = zoneText ? parseZone(zoneText) : void 0;
  for (const row of rows.slice(1)) {
    const when = [dateColumn >= 0 ? row[dateColumn] : "", row[timeColumn]].filter(Boolean).join(" ");
    const text2 = row.filter((_, i) => i !== timeColumn && i !== dateColumn && row[i]).join(" \u2014 ");
    entry(`${when} ${text2}`, state, zone);
  }
}
function readTimeline(nodes, context) {
  const state = { day: context.day, zone: context.zone, lastWall: void 0, entries: [] };
  for (const node of nodes) {
    if (node.type === "heading") entry(oneLine(plainText(node)), state);
    else if (node.type === "paragraph") for (const line of plainText(node).split("\n")) entry(line.trim(), state);
    else if (node.type === "list") listEntries(node, state);
    else if (node.type === "table") tableEntries(node, state);
  }
  return state.entries;
}

// src/import/csv.ts
var CSV_FIELDS = {
  id: ["id", "key", "incident id", "number", "ticket"],
  title: ["title", "name", "subject", "incident", "incident title", "summary"],
  started_at: [
    "started at",
    "started",
    "start",
    "start time",
    "impact start",
    "created at",
    "created",
    "opened",
    "date"
  ],
  detected_at: ["detected at", "detected", "detection time"],
  mitigated_at: ["mitigated at", "mitigated", "mitigation time"],
  resolved_at: ["resolved at", "resolved", "resolution time", "closed at", "closed", "end", "ended", "end time"],
  severity: ["severity", "sev", "priority", "impact"],
  status: ["status", "state"],
  services: ["services", "service", "components", "component", "affected services"],
  commander: ["incident commander", "commander", "ic"],
  description: ["description", "details", "notes", "body", "postmortem"],
  url: ["url", "link"]
};
var norm = (text2) => text2.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function columnsFor(header, given) {
  const columns = /* @__PURE__ */ new Map();
  const problems = [];
  const taken = /* @__PURE__ */ new Set();
  for (const [field, column] of Object.entries(given)) {
    const index = header.findIndex((h) => norm(h) === norm(column));
    if (index < 0)
      problems.push(`no column '${column}' for ${field}; the columns are ${header.map((h) => `'${h}'`).join(", ")}`);
    else {
      columns.set(field, index);
      taken.add(index);
    }
  }
  for (const field of Object.keys(CSV_FIELDS)) {
    if (columns.has(field) || given[field] !== void 0) continue;
    for (const name of CSV_FIELDS[field]) {
      const index = header.findIndex((h, i) => !taken.has(i) && norm(h) === name);
      if (index >= 0) {
        columns.set(field, index);
        taken.add(index);
        break;
      }
    }
  }
  return { columns, problems };
}
function parseCsv(text2) {
  try {
    const records = parse(text2.replace(/^\uFEFF/, ""), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true
    });
    const [head, ...rest] = records;
    if (!head) return { problem: "the file has no rows" };
    let line = head.info.lines + 1;
    const rows = rest.map(({ record, info }) => {
      const row = { cells: record, line };
      line = info.lines + 1;
      return row;
    });
    return { header: head.record.map((h) => h.trim()), rows };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
function moment(value, zone) {
  const text2 = value?.trim();
  if (!text2) return void 0;
  const iso = parseTimestamp(text2.replace(" ", "T"));
  if (iso !== void 0) return { text: text2.replace(" ", "T"), ms: iso, day: text2.slice(0, 10) };
  const when = readWhenValue(text2);
  if (!when?.date || when.date.year === void 0) return "unreadable";
  const day = { year: when.date.year, month: when.date.month, day: when.date.day };
  const z = when.zone ?? zone;
  if (!when.clock || !z) return { text: isoDay(day), ms: void 0, day: isoDay(day) };
  const at = zonedFromWall(
    Date.UTC(day.year, day.month - 1, day.day, when.clock.hour, when.clock.minute, when.clock.second),
    z
  );
  return { text: at.text, ms: at.ms, day: isoDay(day) };
}
var STATUSES = [
  ["reviewed", /^(?:reviewed|postmortem(?: complete| done)?|post-mortem complete)$/i],
  ["resolved", /^(?:resolved|closed|done|fixed|complete|completed)$/i],
  ["mitigated", /^(?:mitigated|monitoring)$/i],
  ["investigating", /^(?:investigating|identified|open|active|ongoing|triggered|acknowledged)$/i]
];
var BLOCK_START = /^( {0,3})(#{1,6}(?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}|<)/gm;
function tableCell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, "<br>") || " ";
}
function readCsvRow(row, header, columns, context) {
  const cell = (field) => {
    const index = columns.get(field);
    const value = index === void 0 ? void 0 : row.cells[index]?.trim();
    return value ? value : void 0;
  };
  const id = cell("id");
  const origin = `${context.path} line ${row.line}${id ? ` (${id})` : ""}`;
  if (row.cells.every((c) => c.trim() === "")) return { origin, reason: "an empty row" };
  const unmapped = {};
  const notes = [];
  const times = {};
  for (const field of ["started_at", "detected_at", "mitigated_at", "resolved_at"]) {
    const value = cell(field);
    const read = moment(value, context.zone);
    if (read === "unreadable") {
      unmapped[field] = value;
      notes.push(`${field} '${value}' is not a date this importer reads: left unknown`);
    } else if (read) times[field] = read;
  }
  const statusText = cell("status");
  const status = statusText ? STATUSES.find(([, re]) => re.test(statusText))?.[0] : void 0;
  if (statusText && !status) unmapped.status = statusText;
  const title = cell("title");
  const rowTable = [
    "| Column | Value |",
    "|---|---|",
    ...header.map((h, i) => `| ${tableCell(h)} | ${tableCell(row.cells[i]?.trim() ?? "")} |`)
  ];
  const description = cell("description");
  return {
    origin,
    title,
    status: status ?? "resolved",
    times,
    severity: cell("severity"),
    services: splitNames(cell("services") ?? ""),
    commander: cell("commander"),
    followUps: [],
    source: {
      format: "csv",
      path: context.path,
      id: id ?? `line ${row.line}`,
      ...cell("url") ? { url: cell("url") } : {}
    },
    unmapped,
    body: [
      `# ${title ?? id ?? origin}`,
      "",
      ...description ? [description.replace(BLOCK_START, "$1\\$2"), ""] : [],
      "## Source row",
      "",
      ...rowTable,
      ""
    ].join("\n"),
    timesRead: Object.keys(times).length,
    notes: statusText && !status ? [...notes, `status '${statusText}' not known: recorded as resolved`] : notes
  };
}

// src/import/follow-up.ts
var DONE = /^(?:done|completed?|fixed|closed|resolved|shipped|finished|yes|true|x|✅|✔️?)$/i;
var NOT_PLANNED = /^(?:won'?t (?:do|fix)|wontfix|not planned|not-planned|cancell?ed|dropped|rejected|declined)$/i;
var OPEN = /^(?:open|todo|to do|in progress|in-progress|pending|started|not started|planned|new|backlog|no|false)$/i;
function followUpStatus(value) {
  const text2 = value.trim();
  if (DONE.test(text2)) return "done";
  if (NOT_PLANNED.test(text2)) return "not-planned";
  if (OPEN.test(text2)) return "open";
  return void 0;
}
var TYPES = {
  investigate: "investigate",
  investigation: "investigate",
  mitigate: "mitigate",
  mitigation: "mitigate",
  repair: "repair",
  detect: "detect",
  detection: "detect",
  prevent: "prevent",
  prevention: "prevent",
  process: "process"
};
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
var HANDLE_IN_TEXT = /(?:^|[\s([])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?)(?=$|[\s).,;\]])/;
var TICKET_IN_TEXT = /\b([A-Z][A-Z0-9]{1,9}-\d{1,7})\b|(?:^|\s)(b\/\d+)\b/;
var TRAILING = [
  /\s*[([]\s*(?:done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*[)\]]\s*\.?$/i,
  /\s*[-–—:]\s*(?:done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*\.?$/i,
  /\s*(?:✅|✔️?)+\s*$/u,
  /\s*[([]\s*(?:owner\s*:\s*)?@[A-Za-z0-9/_.-]+\s*[)\]]\s*$/i,
  /\s*[-–—]\s*@[A-Za-z0-9/_.-]+\s*$/,
  /\s*[([]\s*(?:[A-Z][A-Z0-9]{1,9}-\d{1,7}|b\/\d+)\s*[)\]]\s*$/
];
function withoutDecorations(text2) {
  let out = text2;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of TRAILING) {
      const next = out.replace(re, "");
      if (next !== out && next.trim()) {
        out = next;
        changed = true;
      }
    }
  }
  return out.replace(/^\[\s?\]\s+/, "").trim();
}
function readFollowUpFields(input) {
  const unmapped = {};
  const columns = input.columns ?? {};
  const out = {};
  out.title = withoutDecorations(input.text);
  if (input.slug) out.slug = input.slug;
  if (input.status !== void 0 && input.status.trim() !== "") {
    const status = followUpStatus(input.status);
    if (status) out.status = status;
    else unmapped.status = input.status;
  }
  if (input.type) {
    const type = TYPES[input.type.trim().toLowerCase()];
    if (type) out.type = type;
    else unmapped.type = input.type;
  }
  const owner = columns.owner ?? HANDLE_IN_TEXT.exec(input.text)?.[1];
  if (owner) {
    if (HANDLE.test(owner.trim())) out.owner = owner.trim();
    else unmapped.owner = owner;
  }
  if (columns.priority) {
    const priority = /^p([1-4])$/i.exec(columns.priority.trim());
    if (priority) out.priority = `P${priority[1]}`;
    else unmapped.priority = columns.priority;
  }
  if (columns.due) {
    const when = readWhenValue(columns.due);
    const date = when?.date;
    if (date?.year !== void 0 && !when?.clock)
      out.due = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    else unmapped.due = columns.due;
  }
  const ticketText = TICKET_IN_TEXT.exec(columns.ticket ?? "") ?? TICKET_IN_TEXT.exec(input.text);
  const ticket = input.links[0] ?? (ticketText ? ticketText[1] ?? ticketText[2] : void 0) ?? columns.ticket;
  if (ticket) out.ticket = ticket;
  return { ...out, unmapped };
}

// src/import/markdown/action-items.ts
var TYPES2 = ["investigate", "mitigate", "repair", "detect", "prevent", "process"];
function typeOfHeading(text2) {
  const word = text2.toLowerCase().replace(/[^a-z]+/g, " ").trim();
  return TYPES2.find((t) => word === t || word === `${t}ion` || word.startsWith(`${t} `));
}
function itemStatus(item, text2) {
  if (item.checked === true) return "done";
  const first = item.children[0];
  const struck = first?.type === "paragraph" && first.children[0]?.type === "delete";
  if (struck && /won'?t (?:do|fix)|not planned|cancell?ed|dropped/i.test(text2)) return "not planned";
  if (first && (allStruck(first) || struck)) return "done";
  const mark = /(?:[([]\s*|[-–—:]\s*)(done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*[)\]]?\s*\.?$/i.exec(
    text2
  );
  if (mark) return mark[1];
  if (/✅|✔️?$/.test(text2)) return "done";
  return item.checked === false ? "open" : void 0;
}
var SLUG_LEAD = /^([a-z0-9]+(?:-[a-z0-9]+)+)\s*:\s+/;
function fromListItem(item, type) {
  const first = item.children[0];
  if (!first) return void 0;
  let text2 = oneLine(plainText(first));
  if (!text2) return void 0;
  const status = itemStatus(item, text2);
  let slug;
  const lead = SLUG_LEAD.exec(text2);
  if (lead && first.type === "paragraph" && first.children[0]?.type === "strong") {
    slug = lead[1];
    text2 = text2.slice(lead[0].length);
  }
  return readFollowUpFields({ text: text2, links: linksIn(first), status, type, slug });
}
var COLUMNS = [
  ["owner", /\b(owner|assignee|assigned|who|dri)\b/i],
  ["type", /\b(type|kind|category)\b/i],
  ["priority", /\b(priority|prio|pri)\b/i],
  ["status", /\b(status|state|done)\b/i],
  ["ticket", /\b(bug|ticket|issue|jira|link|tracking|tracker|reference|ref)\b/i],
  ["due", /\b(due|deadline|eta|target date)\b/i]
];
function fromTable(table2) {
  const [head, ...rows] = table2.children;
  if (!head) return [];
  const header = head.children.map((cell) => oneLine(plainText(cell)));
  const used = /* @__PURE__ */ new Set();
  const columns = {};
  for (const [name, re] of COLUMNS) {
    const index = header.findIndex((h, i) => !used.has(i) && re.test(h));
    if (index >= 0) {
      columns[name] = index;
      used.add(index);
    }
  }
  const titleColumn = Math.max(
    0,
    header.findIndex(
      (h, i) => !used.has(i) && /\b(action|item|task|description|what|title|remediation|follow)/i.test(h)
    )
  );
  const out = [];
  for (const row of rows) {
    const cells = row.children.map((cell2) => oneLine(plainText(cell2)));
    const title = cells[titleColumn];
    if (!title) continue;
    const titleCell = row.children[titleColumn];
    const cell = (name) => columns[name] === void 0 ? void 0 : cells[columns[name]] || void 0;
    const ticketCell = columns.ticket === void 0 ? void 0 : row.children[columns.ticket];
    const struck = allStruck(titleCell);
    out.push(
      readFollowUpFields({
        text: title,
        links: [...ticketCell ? linksIn(ticketCell) : [], ...linksIn(titleCell)],
        status: cell("status") ?? (struck ? "done" : void 0),
        type: cell("type"),
        columns: { owner: cell("owner"), priority: cell("priority"), ticket: cell("ticket"), due: cell("due") }
      })
    );
  }
  return out;
}
function readActionItems(nodes) {
  const items = [];
  let type;
  for (const node of nodes) {
    if (node.type === "heading") type = typeOfHeading(oneLine(plainText(node)));
    else if (node.type === "paragraph" && node.children.length === 1 && node.children[0]?.type === "strong")
      type = typeOfHeading(oneLine(plainText(node)));
    else if (node.type === "list") {
      for (const item of node.children) {
        const followUp = fromListItem(item, type);
        if (followUp) items.push(followUp);
      }
    } else if (node.type === "table") items.push(...fromTable(node));
  }
  return items;
}

// src/import/markdown/section-kinds.ts
var KINDS = [
  [
    "actions",
    [
      "action items",
      "action item",
      "actions",
      "follow ups",
      "followups",
      "follow up items",
      "follow up tasks",
      "follow up actions",
      "review actions",
      "corrective actions",
      "corrective and preventative actions",
      "corrective and preventive actions",
      "preventive actions",
      "preventative actions",
      "remediation items",
      "remediations",
      "remediation",
      "next steps",
      "action plan",
      "tasks",
      "todo",
      "to do"
    ]
  ],
  [
    "timeline",
    [
      "timeline",
      "key events",
      "chronology",
      "timeline of events",
      "sequence of events",
      "incident timeline",
      "detailed timeline",
      "events"
    ]
  ],
  [
    "factors",
    [
      "root cause",
      "root causes",
      "contributing factors",
      "contributing factor",
      "causes",
      "cause",
      "trigger",
      "five whys",
      "5 whys",
      "blameless root cause",
      "root cause analysis",
      "what caused it",
      "analysis",
      "fault",
      "leadup",
      "lead up"
    ]
  ],
  [
    "summary",
    [
      "summary",
      "incident summary",
      "executive summary",
      "overview",
      "tl dr",
      "tldr",
      "what happened",
      "description",
      "abstract",
      "background"
    ]
  ],
  ["impact", ["impact", "customer impact", "user impact", "business impact", "who was affected", "impact assessment"]],
  ["detection", ["detection", "how was it detected", "how we found out", "how it was detected"]],
  [
    "resolution",
    ["resolution", "mitigation", "recovery", "response", "resolution and recovery", "fix", "how it was fixed"]
  ],
  [
    "lessons",
    [
      "lessons learned",
      "lessons learnt",
      "what went well",
      "what went wrong",
      "where we got lucky",
      "what didn t go so well",
      "what did not go well",
      "what could have gone better",
      "how d we do",
      "things that went well",
      "things that went wrong",
      "learnings"
    ]
  ]
];
function headingWords(text2) {
  return text2.toLowerCase().replace(/\([^)]*\)\s*$/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var LOOKUP = new Map(KINDS.flatMap(([kind, names]) => names.map((n) => [n, kind])));
function sectionKind(heading) {
  const words = headingWords(heading).replace(/^\d+\s+/, "");
  const exact = LOOKUP.get(words) ?? LOOKUP.get(words.replace(/ s$/, ""));
  if (exact) return exact;
  for (const [kind, names] of KINDS)
    if (names.some((name) => name.length >= 6 && words.startsWith(`${name} `))) return kind;
  return "other";
}

// src/import/markdown/sections.ts
function leadIn(paragraph) {
  const [first, ...others] = paragraph.children;
  if (first?.type !== "strong") return void 0;
  const label = oneLine(plainText(first));
  const next = others[0];
  const colonInside = label.endsWith(":");
  const colonAfter = next?.type === "text" && /^\s*:/.test(next.value);
  if (!colonInside && !colonAfter && others.some((c) => plainText(c).trim() !== "")) return void 0;
  const remaining = [...others];
  if (colonAfter && next?.type === "text") remaining[0] = { ...next, value: next.value.replace(/^\s*:\s*/, "") };
  const rest = { ...paragraph, children: remaining };
  return { label: label.replace(/:$/, "").trim(), value: plainText(rest).trim(), rest };
}
function splitSections(root) {
  const sections = [];
  let current = { kind: "other", title: "", depth: void 0, nodes: [] };
  const start = (next) => {
    if (current.nodes.length || current.title || current.inline) sections.push(current);
    current = next;
  };
  for (const node of root.children) {
    if (node.type === "heading") {
      const title = oneLine(plainText(node));
      const kind = sectionKind(title);
      const nested = kind === "other" && current.kind !== "other" && current.depth !== void 0 && current.depth < node.depth;
      if (nested) current.nodes.push(node);
      else start({ kind, title, depth: node.depth, nodes: [] });
      continue;
    }
    if (node.type === "paragraph") {
      const lead = leadIn(node);
      const kind = lead ? sectionKind(lead.label) : "other";
      if (lead && kind !== "other") {
        start({ kind, title: lead.label, depth: void 0, nodes: lead.value ? [lead.rest] : [], inline: lead.value });
        continue;
      }
    }
    current.nodes.push(node);
  }
  start({ kind: "other", title: "", depth: void 0, nodes: [] });
  return sections;
}

// src/import/markdown/fields.ts
var NAMES = [
  ["title", ["title", "incident title", "incident name"]],
  ["date", ["date", "incident date", "date of incident", "day", "occurred", "occurred on"]],
  ["severity", ["severity", "sev", "severity level", "incident severity", "level", "impact level", "priority"]],
  [
    "services",
    [
      "services",
      "service",
      "affected services",
      "services affected",
      "components",
      "affected components",
      "systems",
      "affected systems",
      "systems affected"
    ]
  ],
  [
    "started",
    ["start", "started", "start time", "impact start", "impact started", "incident start", "start of impact", "began"]
  ],
  ["detected", ["detected", "detected at", "detection time", "time detected", "first detected"]],
  ["mitigated", ["mitigated", "mitigated at", "mitigation time", "impact end", "impact ended", "end of impact"]],
  ["resolved", ["resolved", "resolved at", "end", "ended", "end time", "resolution time", "incident end"]],
  ["zone", ["time zone", "timezone", "tz"]],
  ["commander", ["incident commander", "ic", "commander", "incident lead"]],
  ["reviewDate", ["review date", "postmortem date", "review meeting", "reviewed on", "review held"]]
];
var LOOKUP2 = new Map(NAMES.flatMap(([field, names]) => names.map((n) => [n, field])));
function fieldName(label) {
  return LOOKUP2.get(
    label.toLowerCase().replace(/\([^)]*\)/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()
  );
}
function put(fields, label, value) {
  const name = fieldName(label);
  const text2 = oneLine(value);
  if (name && text2 && !fields.has(name)) fields.set(name, text2);
}
function plainLines(text2, fields) {
  for (const line of text2.split("\n")) {
    const m = /^\s*([^:]{1,40}?)\s*:\s*(.+)$/.exec(line);
    if (m) put(fields, m[1], m[2]);
  }
}
function tableFields(table2, fields) {
  const rows = table2.children.map((row) => row.children.map((cell) => oneLine(plainText(cell))));
  const header = rows[0] ?? [];
  if (header.length === 2 && rows.every((row) => row.length <= 2)) {
    for (const [label, value] of rows) if (label && value) put(fields, label, value);
    return;
  }
  if (rows.length === 2 && header.filter((h) => fieldName(h)).length >= 2)
    header.forEach((label, i) => put(fields, label, rows[1]?.[i] ?? ""));
}
function readFields(root, preamble, given = /* @__PURE__ */ new Map()) {
  const fields = new Map(given);
  for (const node of root.children) {
    if (node.type === "paragraph") {
      const lead = leadIn(node);
      if (lead) put(fields, lead.label, lead.value.split("\n")[0] ?? "");
    } else if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const lead = first?.type === "paragraph" ? leadIn(first) : void 0;
        if (lead) put(fields, lead.label, lead.value);
      }
    }
  }
  for (const node of preamble) {
    if (node.type === "paragraph") plainLines(plainText(node), fields);
    else if (node.type === "table") tableFields(node, fields);
    else if (node.type === "list")
      for (const item of node.children) plainLines(oneLine(plainText(item)).replace(/\n/g, " "), fields);
  }
  return fields;
}

// src/import/markdown/phases.ts
var SAYS = {
  started_at: /\b(?:(?:outage|incident|impact|degradation|disruption|downtime|errors?|failures?|delays?|timeouts?|duplicates?)\s+(?:begins?|began|starts?|started)|(?:starts?|started|begins?|began)\s+(?:failing|to\s+fail|timing\s+out|erroring|crash-?looping|to\s+hang|hanging)|(?:start|beginning|onset)\s+of\s+(?:the\s+)?(?:impact|outage|incident|errors)|(?:customers?|users?)\s+(?:start|begin|began|started)\s+(?:to\s+)?(?:see|get|receive|experienc|report)\w*)\b/i,
  detected_at: /\b(?:alerts?\s+(?:fires?|fired|firing|triggers?|triggered|goes\s+off|went\s+off)|(?:is|was|gets|got)\s+paged|pages?\s+(?:the\s+)?on-?call|on-?call\s+(?:engineer\s+)?(?:is\s+|was\s+)?paged|incident\s+(?:declared|opened)|detected|noticed|first\s+(?:customer\s+)?(?:report|ticket|complaint)s?|customers?\s+(?:reports?|reported|complains?|complained)|support\s+ticket|support\s+escalates)\b/i,
  mitigated_at: /\b(?:mitigated|mitigation\s+(?:complete|in\s+place|applied)|impact\s+(?:ends?|ended|stops?|stopped)|outage\s+mitigated)\b/i,
  resolved_at: /\b(?:resolved|outage\s+ends?|incident\s+(?:is\s+|was\s+)?(?:closed|over|ended|ends)|all[-\s]clear)\b/i
};
var RECOVERED = /\b(?:service\s+(?:is\s+|was\s+)?restored|recovered|back\s+to\s+normal|errors?\s+(?:stop|stopped|subside|subsided|return\s+to\s+normal)|work\s+again|monitoring)\b/i;
var NEGATED = /\b(?:not|n't|never|no longer|before|until)\b/i;
function says(entry2, re) {
  const match = re.exec(entry2.text);
  return match !== null && !NEGATED.test(entry2.text.slice(0, match.index));
}
function notBefore(entry2, earlier) {
  if (!earlier) return true;
  if (entry2.at && earlier.at) return entry2.at.ms >= earlier.at.ms;
  return (entry2.day ?? "") >= (earlier.day ?? "");
}
function phaseEntries(entries) {
  const dated = entries.filter((e) => e.at || e.day);
  const found = {};
  const first = (re, after) => dated.find((e) => says(e, re) && notBefore(e, after));
  found.started_at = first(SAYS.started_at, void 0);
  found.detected_at = first(SAYS.detected_at, found.started_at);
  const floor = found.detected_at ?? found.started_at;
  found.mitigated_at = first(SAYS.mitigated_at, floor) ?? first(RECOVERED, floor);
  const resolvedFloor = found.mitigated_at ?? floor;
  found.resolved_at = dated.filter((e) => says(e, SAYS.resolved_at) && notBefore(e, resolvedFloor)).pop();
  for (const field of Object.keys(found)) if (!found[field]) delete found[field];
  return found;
}

// src/import/markdown/postmortem.ts
function cleanTitle(heading) {
  const cleaned = heading.replace(/^\s*(?:post[-\s]?mortem|incident\s+(?:report|review|postmortem)|pir|rca)\s*[:\-–—|]\s*/i, "").replace(/\s*[-–—|:]?\s*(?:post[-\s]?mortem|incident\s+report)\s*$/i, "").trim();
  return cleaned || heading.trim();
}
function sourceFrontmatter(text2) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text2);
  if (!match) return { fields: /* @__PURE__ */ new Map(), body: text2, incidentFile: false };
  const parsed = parseYaml(match[1]);
  const data = parsed.ok && parsed.data && typeof parsed.data === "object" ? parsed.data : {};
  const fields = /* @__PURE__ */ new Map();
  for (const [label, value] of Object.entries(data)) {
    const name = fieldName(label);
    const text3 = Array.isArray(value) ? value.map(String).join(", ") : value == null ? "" : String(value);
    if (name && text3 && typeof value !== "object") fields.set(name, text3);
    else if (name && Array.isArray(value)) fields.set(name, text3);
  }
  const incidentFile = "id" in data && "status" in data && "started_at" in data;
  return { fields, body: text2.slice(match[0].length), incidentFile };
}
function dayOf(text2) {
  const date = text2 ? readWhenValue(text2)?.date : void 0;
  return date?.year === void 0 ? void 0 : { year: date.year, month: date.month, day: date.day };
}
function fieldMoment(value, day, zone) {
  const when = value ? readWhenValue(value) : void 0;
  if (!when) return void 0;
  const date = when.date ? { year: when.date.year ?? day?.year, month: when.date.month, day: when.date.day } : day;
  if (!date || date.year === void 0) return void 0;
  const d = { year: date.year, month: date.month, day: date.day };
  const z = when.zone ?? zone;
  if (!when.clock || !z) return { text: isoDay(d), ms: void 0, day: isoDay(d) };
  const at = zonedFromWall(
    Date.UTC(d.year, d.month - 1, d.day, when.clock.hour, when.clock.minute, when.clock.second),
    z
  );
  return { text: at.text, ms: at.ms, day: isoDay(d) };
}
function entryMoment(entry2) {
  if (entry2.at) return { text: entry2.at.text, ms: entry2.at.ms, day: entry2.day ?? entry2.at.text.slice(0, 10) };
  return entry2.day ? { text: entry2.day, ms: void 0, day: entry2.day } : void 0;
}
function documentZone(nodes) {
  for (const node of nodes) {
    if (node.type === "code" || node.type === "html") continue;
    for (const line of plainText(node).split("\n")) {
      const zone = statedZone(line);
      if (zone) return zone;
    }
  }
  return void 0;
}
var TIME_FIELDS = [
  ["started", "started_at"],
  ["detected", "detected_at"],
  ["mitigated", "mitigated_at"],
  ["resolved", "resolved_at"]
];
function sectionText(sections, kind) {
  return sections.filter((s) => s.kind === kind).map((s) => [s.inline ?? "", ...s.nodes.map((n) => plainText(n))].join("\n")).join("\n");
}
function readPostmortem(source, zoneGiven) {
  const front = sourceFrontmatter(source.text);
  if (front.incidentFile)
    return { reason: "already an incident file (its frontmatter has id, status and started_at): copy it instead" };
  const root = parseMarkdown(front.body);
  const sections = splitSections(root);
  const headings = root.children.flatMap((n, i) => n.type === "heading" ? [{ depth: n.depth, i }] : []);
  const titled = headings[0]?.depth === 1 && headings[0].i === 0;
  const end = (titled ? headings[1] : headings[0])?.i ?? root.children.length;
  const preamble = root.children.slice(titled ? 1 : 0, end);
  const fields = readFields(root, preamble, front.fields);
  const firstHeading = root.children.find((n) => n.type === "heading");
  const fileName = source.path.split("/").pop().replace(/\.[^.]*$/, "");
  const title = cleanTitle(
    fields.get("title") ?? (firstHeading ? oneLine(plainText(firstHeading)) : fileName.replace(/[-_]+/g, " "))
  );
  const zone = parseZone(fields.get("zone") ?? "") ?? documentZone(root.children) ?? zoneGiven;
  const day = dayOf(fields.get("date")) ?? dayOf(/\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0]) ?? dayOf(/\d{4}-\d{2}-\d{2}/.exec(title)?.[0]);
  const entries = sections.filter((s) => s.kind === "timeline").flatMap((s) => readTimeline(s.nodes, { day, zone: statedZone(s.title) ?? zone }));
  const marked = phaseEntries(entries);
  const times = {};
  for (const [name, field] of TIME_FIELDS) {
    const moment3 = fieldMoment(fields.get(name), day, zone) ?? (marked[field] ? entryMoment(marked[field]) : void 0);
    if (moment3) times[field] = moment3;
  }
  const firstDated = entries.find((e) => e.day)?.day;
  const notes = [];
  const zoneless = entries.filter((e) => e.zoneless).length;
  if (zoneless) notes.push(`${zoneless} timeline times state no zone: recorded to the day (give --zone)`);
  const followUps = sections.filter((s) => s.kind === "actions").flatMap((s) => readActionItems(s.nodes));
  const reviewDay = dayOf(fields.get("reviewDate"));
  return {
    origin: source.path,
    title,
    status: "reviewed",
    times,
    day: day ? isoDay(day) : firstDated,
    severity: fields.get("severity"),
    services: splitNames(fields.get("services") ?? ""),
    detection: detectionMethod(sectionText(sections, "detection")),
    commander: fields.get("commander"),
    reviewDate: reviewDay ? isoDay(reviewDay) : void 0,
    followUps,
    source: { format: "markdown", path: source.path },
    body: front.body.replace(/^\s*\n/, "").replace(/\s*$/, "\n"),
    timesRead: entries.filter((e) => e.at).length,
    notes
  };
}

// src/import/record.ts
var MAX_TITLE = 256;
var MAX_FOLLOW_UPS = 100;
var FOLLOW_UP_SLUG = 40;
var PHASES = ["started_at", "detected_at", "mitigated_at", "resolved_at"];
var NEEDED = {
  investigating: [],
  mitigated: ["detected_at", "mitigated_at"],
  resolved: ["detected_at", "mitigated_at", "resolved_at"],
  reviewed: ["detected_at", "mitigated_at", "resolved_at"]
};
var HANDLE2 = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
function checkedTimes(draft, now, notes) {
  const out = {};
  let previous2;
  for (const field of PHASES) {
    const moment3 = draft.times[field];
    if (!moment3) continue;
    const future = (moment3.ms ?? Date.parse(`${moment3.day}T00:00:00Z`)) > now.getTime();
    const before = previous2 && (moment3.ms !== void 0 && previous2.moment.ms !== void 0 ? moment3.ms < previous2.moment.ms : moment3.day < previous2.moment.day);
    if (future) notes.push(`${field} ${moment3.text} is in the future: left unknown`);
    else if (before)
      notes.push(`${field} ${moment3.text} is before ${previous2.field} ${previous2.moment.text}: left unknown`);
    if (future || before) continue;
    out[field] = moment3;
    previous2 = { field, moment: moment3 };
  }
  return out;
}
function followUpIds(followUps) {
  const taken = /* @__PURE__ */ new Set();
  return followUps.map((followUp) => {
    const full = followUp.slug ?? slugify(followUp.title);
    const base = full.length <= FOLLOW_UP_SLUG ? full : full.slice(0, FOLLOW_UP_SLUG + 1).replace(/-[^-]*$/, "");
    const stem = base || "action-item";
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  });
}
function followUpFields(followUps, unmapped) {
  const ids = followUpIds(followUps);
  return followUps.map((f, i) => {
    const id = ids[i];
    for (const [field, value] of Object.entries(f.unmapped)) unmapped[`follow_ups.${id}.${field}`] = value;
    return {
      id,
      title: f.title,
      ...f.type ? { type: f.type } : {},
      ...f.owner ? { owner: f.owner } : {},
      ...f.priority ? { priority: f.priority } : {},
      ...f.due ? { due: f.due } : {},
      ...f.status ? { status: f.status } : {},
      ...f.ticket ? { ticket: f.ticket } : {}
    };
  });
}
function incidentId(day, title) {
  const slug = slugify(title.replace(/^\s*\d{4}-\d{2}-\d{2}\s*[-–—:]?\s*/, ""));
  return `${day}-${slug}`;
}
function buildRecord(draft, context) {
  const notes = [...draft.notes ?? []];
  const title = draft.title?.replace(/\s+/g, " ").trim();
  if (!title) return { origin: draft.origin, reason: "no title: give it a heading or a title field" };
  const times = checkedTimes(draft, context.now, notes);
  const start = times.started_at;
  const day = start?.day ?? draft.day;
  if (!day)
    return {
      origin: draft.origin,
      reason: "no date: an incident needs at least the day it started (started_at), and the source gives none"
    };
  const unmapped = { ...draft.unmapped };
  const severity = mapSeverity(draft.severity, context.config);
  if (severity.unmapped) unmapped.severity = severity.unmapped;
  const services = mapServices(draft.services ?? [], context.config);
  if (services.unmapped.length) unmapped.services = services.unmapped.join(", ");
  if (draft.commander && !HANDLE2.test(draft.commander)) unmapped["roles.incident_commander"] = draft.commander;
  const kept = draft.followUps.slice(0, MAX_FOLLOW_UPS);
  if (draft.followUps.length > kept.length)
    notes.push(`${draft.followUps.length - kept.length} action items past the limit of ${MAX_FOLLOW_UPS} not imported`);
  const followUps = followUpFields(kept, unmapped);
  const exact = [];
  const dayOnly = [];
  const unknown = [];
  const timeFields = {};
  for (const field of PHASES) {
    const moment3 = field === "started_at" ? start ?? { text: day, ms: void 0, day } : times[field];
    if (moment3) {
      timeFields[field] = moment3.text;
      (moment3.ms === void 0 ? dayOnly : exact).push(field);
    } else if (NEEDED[draft.status].includes(field)) {
      timeFields[field] = "unknown";
      unknown.push(field);
    }
  }
  const frontmatter = {
    id: incidentId(day, title),
    title: cut(title, MAX_TITLE),
    status: draft.status,
    historical: true,
    severity: severity.id,
    ...timeFields,
    ...draft.detection ? { detection: { method: draft.detection } } : {},
    ...services.ids.length ? { services: services.ids } : {},
    ...draft.commander && HANDLE2.test(draft.commander) ? { roles: { incident_commander: draft.commander } } : {},
    ...followUps.length ? { follow_ups: followUps } : {},
    ...draft.reviewDate ? { review: { date: draft.reviewDate } } : {},
    source: { ...draft.source, ...Object.keys(unmapped).length ? { unmapped } : {} }
  };
  return {
    key: sourceKey(draft.source),
    origin: draft.origin,
    id: String(frontmatter.id),
    year: day.slice(0, 4),
    frontmatter,
    body: draft.body,
    stats: {
      times: draft.timesRead,
      exact,
      dayOnly,
      unknown,
      followUps: followUps.length,
      followUpsDone: followUps.filter((f) => f.status === "done" || f.status === "not-planned").length,
      unmapped: Object.keys(unmapped),
      notes
    }
  };
}

// src/import/statuspage.ts
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
var list = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "object" && x !== null) : [];
function statuspageIncidents(data) {
  const incidents = Array.isArray(data) ? data : data?.incidents;
  if (!Array.isArray(incidents))
    return { problem: 'not a Statuspage incidents document: expected { "incidents": [...] } or a list of incidents' };
  return list(incidents);
}
function moment2(value) {
  const text2 = str(value);
  const ms = parseTimestamp(text2);
  return text2 && ms !== void 0 ? { text: text2, ms, day: text2.slice(0, 10) } : void 0;
}
var STATUSES2 = {
  investigating: "investigating",
  identified: "investigating",
  monitoring: "mitigated",
  resolved: "resolved",
  postmortem: "resolved"
};
function componentNames(incident) {
  const names = [
    ...list(incident.components),
    ...list(incident.incident_updates).flatMap((u) => list(u.affected_components))
  ].map((c) => str(c.name)).filter((n) => n !== void 0);
  return [...new Set(names)];
}
function timeline(updates) {
  return [...updates].map((u) => ({ at: str(u.display_at) ?? str(u.created_at), status: str(u.status), body: str(u.body) })).sort((a, b) => (parseTimestamp(a.at) ?? 0) - (parseTimestamp(b.at) ?? 0)).map(
    (u) => `- ${u.at ?? "time not given"}${u.status ? ` **${u.status}**` : ""}: ${(u.body ?? "").replace(/\s*\n\s*/g, " ")}`
  );
}
function body(name, impact, updates, postmortem) {
  const lines = [`# ${name}`, ""];
  if (impact) lines.push(`Impact on the status page: ${impact}.`, "");
  lines.push("## Timeline", "", "As posted on the status page.", "", ...timeline(updates), "");
  if (postmortem) lines.push("## Postmortem", "", postmortem.trim(), "");
  return lines.join("\n");
}
function readStatuspageIncident(incident, index) {
  const id = str(incident.id);
  const name = str(incident.name);
  const origin = id ? `incident ${id}` : `incident #${index + 1}`;
  if (!id) return { origin, reason: "no id: a Statuspage incident always has one; is this an incidents document?" };
  const started = moment2(incident.started_at) ?? moment2(incident.created_at);
  const status = STATUSES2[str(incident.status) ?? ""];
  const updates = list(incident.incident_updates);
  const notes = [];
  if (!status) return { origin, reason: `status '${String(incident.status)}' is not one Statuspage gives incidents` };
  if (!incident.monitoring_at && status !== "investigating") notes.push("no monitoring_at: mitigated_at unknown");
  const impact = str(incident.impact);
  return {
    origin,
    title: name,
    status,
    times: {
      ...started ? { started_at: started } : {},
      ...moment2(incident.monitoring_at) ? { mitigated_at: moment2(incident.monitoring_at) } : {},
      ...moment2(incident.resolved_at) ? { resolved_at: moment2(incident.resolved_at) } : {}
    },
    severity: impact,
    services: componentNames(incident),
    followUps: [],
    source: { format: "statuspage", id, ...str(incident.shortlink) ? { url: str(incident.shortlink) } : {} },
    body: body(name ?? id, impact, updates, str(incident.postmortem_body)),
    timesRead: updates.filter((u) => moment2(u.display_at ?? u.created_at)).length,
    notes
  };
}

// src/import/read.ts
var SourceError = class extends Error {
  name = "SourceError";
};
function collect(drafts, context) {
  const incidents = [];
  const skipped = [];
  for (const draft of drafts) {
    const record = "reason" in draft ? draft : buildRecord(draft, context);
    if ("reason" in record) skipped.push(record);
    else incidents.push(record);
  }
  return { incidents, skipped };
}
function readMarkdownDocuments(documents, context, onProgress = () => {
}) {
  const drafts = documents.map((document, index) => {
    onProgress(index + 1);
    if ("problem" in document.read) return { origin: document.path, reason: document.read.problem };
    const draft = readPostmortem({ path: document.path, text: document.read.text }, context.zone);
    return "reason" in draft ? { origin: document.path, reason: draft.reason } : draft;
  });
  return collect(drafts, context);
}
function readStatuspage(text2, context) {
  let data;
  try {
    data = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new SourceError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const incidents = statuspageIncidents(data);
  if ("problem" in incidents) throw new SourceError(incidents.problem);
  return collect(
    incidents.map((incident, index) => readStatuspageIncident(incident, index)),
    context
  );
}
function readCsv(text2, path5, mapping, context) {
  const parsed = parseCsv(text2);
  if ("problem" in parsed) throw new SourceError(`not CSV: ${parsed.problem}`);
  const { columns, problems } = columnsFor(parsed.header, mapping);
  if (problems.length) throw new SourceError(problems.join("; "));
  if (!columns.has("title"))
    throw new SourceError(
      `no column for the title: map one with --map title=<column>; the columns are ${parsed.header.map((h) => `'${h}'`).join(", ")}`
    );
  return collect(
    parsed.rows.map((row) => readCsvRow(row, parsed.header, columns, { path: path5, zone: context.zone })),
    context
  );
}

// src/app/import-incidents.ts
var MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
function detectFormat(given, source, folder) {
  if (given) return given;
  if (folder || MARKDOWN.test(source)) return "markdown";
  if (/\.json$/i.test(source)) return "statuspage";
  if (/\.csv$/i.test(source)) return "csv";
  throw new UsageError(
    `cannot tell the format of '${source}' from its name: give --format markdown, statuspage or csv`
  );
}
function readSource(options, format, context) {
  const { absolute, folder } = sourceKind(options.cwd, options.source);
  const label = path3.basename(absolute);
  if (format === "markdown") {
    const { documents, ignored } = folder ? readSourceFolder(absolute, (name) => MARKDOWN.test(name)) : { documents: [{ path: path3.basename(absolute), read: readTextFile(absolute) }], ignored: /* @__PURE__ */ new Map() };
    if (!documents.length)
      throw new UsageError(`found no Markdown documents (*.md) in '${options.source}'; nothing to import`);
    const result = readMarkdownDocuments(documents, context, (done) => options.onProgress?.(done, documents.length));
    return { result, items: documents.length, ignored };
  }
  if (folder) throw new UsageError(`'${options.source}' is a folder; --format ${format} reads one file`);
  const read = readTextFile(absolute, MAX_IMPORT_SOURCE_BYTES);
  if ("problem" in read) throw new UsageError(`cannot import '${options.source}': ${read.problem}`);
  try {
    const result = format === "statuspage" ? readStatuspage(read.text, context) : readCsv(read.text, label, options.mapping, context);
    return { result, items: result.incidents.length + result.skipped.length, ignored: /* @__PURE__ */ new Map() };
  } catch (error) {
    if (error instanceof SourceError)
      throw new UsageError(`cannot import '${options.source}' as ${format}: ${error.message}`);
    throw error;
  }
}
function importIncidents(options) {
  const { config } = loadConfig(options.cwd, options.configPath);
  const zone = options.zone === void 0 ? void 0 : parseZone(options.zone);
  if (options.zone !== void 0 && !zone)
    throw new UsageError(
      `--zone '${options.zone}' is not a time zone: give UTC, an offset like +02:00, or a name like Europe/Berlin`
    );
  const { absolute, folder } = sourceKind(options.cwd, options.source);
  const format = detectFormat(options.format, absolute, folder);
  const { result, items, ignored } = readSource(options, format, { config, now: options.now, zone });
  const outDir = displayPath(options.cwd, path3.resolve(options.cwd, options.out ?? config.incidentsDir));
  const existing = readWrittenIncidents(options.cwd, [.../* @__PURE__ */ new Set([outDir, config.incidentsDir])]);
  const plan = planImport(result.incidents, existing, { outDir, force: options.force });
  if (!options.dryRun)
    for (const action of plan.actions) {
      if (action.kind !== "create" && action.kind !== "update") continue;
      const absolute2 = path3.resolve(options.cwd, action.file);
      try {
        writeFileAtomic(absolute2, action.text, {
          shown: action.file,
          createFolders: true,
          exclusive: action.kind === "create"
        });
      } catch (error) {
        if (error instanceof FileExistsError)
          throw new UsageError(
            `${action.file} appeared while importing (another run?); nothing was written over it: run the import again`
          );
        throw error;
      }
    }
  return { format, source: options.source, items, plan, skipped: result.skipped, ignored, dryRun: options.dryRun };
}

// src/import/summary.ts
function importCounts(summary) {
  const count = (kind) => summary.plan.actions.filter((a) => a.kind === kind).length;
  const records = summary.plan.actions.map((a) => a.incident.stats);
  const sum = (f) => records.reduce((n, s) => n + f(s), 0);
  return {
    items: summary.items,
    created: count("create"),
    updated: count("update"),
    unchanged: count("unchanged"),
    edited: count("edited"),
    skipped: summary.skipped.length + summary.plan.skipped.length,
    times: sum((s) => s.times),
    exact: sum((s) => s.exact.length),
    dayOnly: sum((s) => s.dayOnly.length),
    unknown: sum((s) => s.unknown.length),
    followUps: sum((s) => s.followUps),
    followUpsDone: sum((s) => s.followUpsDone),
    withUnmapped: records.filter((s) => s.unmapped.length > 0).length
  };
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) => r.map((cell, i) => i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function renderImportSummary(summary) {
  const c = importCounts(summary);
  const would = summary.dryRun ? "would be " : "";
  const lines = [
    `incidents import: ${plural(c.items, summary.format === "csv" ? "row" : summary.format === "statuspage" ? "incident" : "document")} from ${plainLine(summary.source)} (${summary.format})`,
    "",
    ...table([
      ["  imported", String(c.created), `new files ${would}written`],
      ["  updated", String(c.updated), `files an earlier import wrote, ${would}rewritten from the source`],
      ["  unchanged", String(c.unchanged), "already as the source says"],
      ["  left alone", String(c.edited), "edited since they were imported (--force rewrites them)"],
      ["  skipped", String(c.skipped), "not imported; each reason below"]
    ]),
    "",
    `read: ${plural(c.times, "timeline time")} with date, time and zone; phase times ${c.exact} exact, ${c.dayOnly} to the day, ${c.unknown} unknown`,
    `      ${plural(c.followUps, "action item")} (${c.followUpsDone} done or not planned); ${plural(c.withUnmapped, "record")} name values they could not map under source.unmapped`
  ];
  const skips = [...summary.skipped, ...summary.plan.skipped];
  if (skips.length) {
    lines.push("", "skipped:");
    for (const skip of skips) lines.push(`  ${plainLine(skip.origin)}: ${plainLine(skip.reason)}`);
  }
  const edited = summary.plan.actions.filter((a) => a.kind === "edited");
  if (edited.length) {
    lines.push("", "left alone (edited since imported):");
    for (const a of edited) lines.push(`  ${a.file} (from ${plainLine(a.incident.origin)})`);
  }
  const notes = summary.plan.actions.flatMap(
    (a) => a.incident.stats.notes.map((n) => `  ${plainLine(a.incident.origin)}: ${plainLine(n)}`)
  );
  if (notes.length) lines.push("", "notes:", ...notes);
  if (summary.ignored.size) {
    const kinds = [...summary.ignored].map(([ext, n]) => `${ext} ${n}`).join(", ");
    const total = [...summary.ignored.values()].reduce((a, b) => a + b, 0);
    lines.push("", `ignored: ${plural(total, "file")} that ${total === 1 ? "is" : "are"} not Markdown (${kinds})`);
  }
  const writes = c.created + c.updated;
  lines.push(
    "",
    summary.dryRun ? `dry run: nothing written (${plural(writes, "file")} would be)` : writes ? `wrote ${plural(writes, "file")}; next: npx incidents validate` : "nothing to write"
  );
  return `${lines.join("\n")}
`;
}

// src/cli/import.ts
var FIELDS = Object.keys(CSV_FIELDS);
function addField(mapping, field, column, where) {
  if (!FIELDS.includes(field))
    throw new UsageError(`${where}: '${field}' is not a field an import fills; use one of ${FIELDS.join(", ")}`);
  if (typeof column !== "string" || column.trim() === "")
    throw new UsageError(`${where}: give the column for '${field}' as text`);
  mapping[field] = column.trim();
}
function readMapping(flags, io) {
  const mapping = {};
  if (flags.mapping !== void 0) {
    let text2;
    try {
      text2 = readFileSync(path4.resolve(io.cwd, flags.mapping), "utf8");
    } catch {
      throw new UsageError(`mapping file '${flags.mapping}' cannot be read`);
    }
    const parsed = parseYaml(text2);
    if (!parsed.ok || !parsed.data || typeof parsed.data !== "object" || Array.isArray(parsed.data))
      throw new UsageError(`mapping file '${flags.mapping}' must be lines of 'field: Column name'`);
    for (const [field, column] of Object.entries(parsed.data)) addField(mapping, field, column, flags.mapping);
  }
  for (const pair of flags.map ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) throw new UsageError(`--map '${pair}': write it as field=Column, like --map title="Incident name"`);
    addField(mapping, pair.slice(0, at).trim(), pair.slice(at + 1), "--map");
  }
  return mapping;
}
var BAR = 24;
function progressBar(io) {
  if (!io.stderrIsTty) return { update: () => {
  }, clear: () => {
  } };
  let shown = -1;
  return {
    update: (done, total) => {
      const filled = Math.round(done / Math.max(total, 1) * BAR);
      if (filled === shown && done !== total) return;
      shown = filled;
      io.writeErr(`\r[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${done}/${total} read`);
    },
    clear: () => {
      if (shown >= 0) io.writeErr("\r\x1B[2K");
    }
  };
}
function importCommand(source, flags, io) {
  const progress = progressBar(io);
  try {
    const summary = importIncidents({
      cwd: io.cwd,
      source,
      format: flags.format,
      out: flags.out,
      dryRun: Boolean(flags.dryRun),
      force: Boolean(flags.force),
      zone: flags.zone,
      mapping: readMapping(flags, io),
      configPath: flags.config,
      now: io.now,
      onProgress: progress.update
    });
    progress.clear();
    io.writeOut(renderImportSummary(summary));
    const counts = importCounts(summary);
    return counts.created + counts.updated + counts.unchanged + counts.edited > 0 ? EXIT_OK : EXIT_FINDINGS;
  } finally {
    progress.clear();
  }
}
export {
  importCommand
};
