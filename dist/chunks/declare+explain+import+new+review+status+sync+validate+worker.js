import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  describeValue,
  fieldName,
  pointerToPath,
  quote
} from "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import {
  didYouMean,
  listOf
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  ConfigError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import {
  __commonJS
} from "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/incidents/limits.ts
var MAX_FILE_BYTES = 1024 * 1024;
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
function sizeOverLimit(size, limit) {
  const rounded = { size: formatBytes(size), limit: formatBytes(limit) };
  if (rounded.size !== rounded.limit) return rounded;
  const exact = (n) => `${n.toLocaleString("en-US")} bytes`;
  return { size: exact(size), limit: `${exact(limit)} (${rounded.limit})` };
}

// src/core/rule.ts
function defineRule(rule) {
  return rule;
}
function lines(...text2) {
  return text2.join("\n");
}

// src/core/rule-examples.ts
var EXAMPLE_FILE = "incidents/2026/2026-03-04-checkout-errors.md";
var EXAMPLE_INCIDENT = lines(
  "---",
  "id: 2026-03-04-checkout-errors",
  "title: Checkout errors after payment-gateway deploy",
  "status: investigating",
  "severity: SEV1",
  "started_at: 2026-03-04T09:12:00Z",
  "---",
  "# Checkout errors after payment-gateway deploy",
  ""
);
var RESOLVED_INCIDENT = lines(
  "---",
  "id: 2026-03-04-checkout-errors",
  "title: Checkout errors after payment-gateway deploy",
  "status: resolved",
  "severity: SEV1",
  "started_at: 2026-03-04T09:12:00Z",
  "detected_at: 2026-03-04T09:20:00Z",
  "mitigated_at: 2026-03-04T09:51:00Z",
  "resolved_at: 2026-03-04T11:02:00Z",
  "---",
  ...[
    "Summary",
    "Impact",
    "Timeline",
    "Contributing factors",
    "What went well",
    "What went wrong",
    "Where we got lucky",
    "Follow-ups"
  ].flatMap((section) => [`## ${section}`, "Written.", ""])
);
var REVIEWED = lines(
  "status: reviewed",
  "review:",
  "  date: 2026-03-10",
  "no_follow_ups_reason: The vendor fixed the fault on their side."
);
function split(text2) {
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(text2);
  return match ? { frontmatter: match[1].split("\n"), body: match[2] ?? "" } : { frontmatter: text2.split("\n"), body: void 0 };
}
function keyOf(line) {
  return /^([A-Za-z_][\w-]*):(?:[ \t]|$)/.exec(line)?.[1];
}
function overlay(incident2, shown) {
  const base = split(incident2);
  const given = split(shown);
  const replaced = new Set(given.frontmatter.flatMap((line) => keyOf(line) ?? []));
  let dropping = false;
  const kept = base.frontmatter.filter((line) => {
    if (!/^[ \t]/.test(line) && line !== "") dropping = replaced.has(keyOf(line) ?? "");
    return !dropping;
  });
  return ["---", ...kept, ...given.frontmatter, "---", given.body ?? base.body ?? ""].join("\n");
}
function withBody(incident2, body) {
  return `${incident2.slice(0, incident2.indexOf("\n---\n") + 5)}${body}
`;
}
function configFile(text2) {
  return { path: ".incidents.yml", text: `${text2}
` };
}
function otherIncident(id, title) {
  const day = id.slice(0, 10);
  const fields = lines(`id: ${id}`, `title: ${title}`, `started_at: ${day}T09:00:00Z`);
  return {
    path: `incidents/${day.slice(0, 4)}/${id}.md`,
    text: overlay(EXAMPLE_INCIDENT, fields).replace(/^# .*$/m, `# ${title}`)
  };
}
function inIncident({
  base = EXAMPLE_INCIDENT,
  beside = [],
  expand = (shown) => shown
} = {}) {
  return (shown) => {
    const text2 = overlay(base, expand(shown));
    const named = [...shown.matchAll(/^#.*?\b(incidents\/\S+?\.md)\b/gm)].map((match) => match[1]);
    return [...(named.length ? named : [EXAMPLE_FILE]).map((path) => ({ path, text: text2 })), ...beside];
  };
}
function inBody({
  base = EXAMPLE_INCIDENT,
  beside = [],
  expand = (shown) => shown
} = {}) {
  return (shown) => [{ path: EXAMPLE_FILE, text: withBody(base, expand(shown)) }, ...beside];
}
function underReview(sections) {
  const config2 = configFile(lines("severities:", "  - id: SEV1", `    review_sections: [${sections.join(", ")}]`));
  return inBody({ base: overlay(RESOLVED_INCIDENT, REVIEWED), beside: [config2] });
}
function wholeFile(path = EXAMPLE_FILE) {
  return (shown) => [{ path, text: `${shown}
` }];
}
var inConfig = (shown) => [
  configFile(shown),
  { path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT }
];
var asDescribed = () => [{ path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT }];
var asWholeFrontmatter = (shown) => [
  { path: EXAMPLE_FILE, text: lines("---", shown, "---", "") }
];
function repeatAbove(shown) {
  return shown.replace(
    /^(.*)\n[ \t]*# \.\.\. ([\d,]+) more lines$/m,
    (_, above, count) => Array.from({ length: Number(count.replace(/,/g, "")) + 1 }, () => above).join("\n")
  );
}

// src/incidents/file-rules.ts
function savedAs(encoding) {
  return () => {
    const text2 = overlay(EXAMPLE_INCIDENT, "title: Checkout errors after payment-gateway deploy in Z\xFCrich");
    return [
      {
        path: EXAMPLE_FILE,
        bytes: encoding === "utf-8" ? new TextEncoder().encode(text2) : Uint8Array.from(text2, (ch) => ch.charCodeAt(0))
      }
    ];
  };
}
var FILE_NOT_TEXT = defineRule({
  id: "file-not-text",
  severity: "error",
  summary: "the file is UTF-8 text, not a binary file or another encoding",
  why: "The tools, GitHub and your colleagues all read incident files as UTF-8 text. A file in another encoding, or a binary file named .md, cannot be checked or read.",
  wrong: lines(
    "incidents/2026/2026-03-04-checkout-errors.md",
    "  saved as Windows-1252, or a screenshot renamed to .md"
  ),
  right: lines("incidents/2026/2026-03-04-checkout-errors.md", '  saved as UTF-8 (most editors: "Save with encoding")'),
  language: "text",
  repository: { wrong: savedAs("windows-1252"), right: savedAs("utf-8") }
});
var LOG_LINE = "2026-03-04T09:12:00.123Z ERROR checkout-api POST /checkout 502 upstream payments-gateway timed out after 30000 ms";
function pastedLog(shown) {
  const count = Number(/\(([\d,]+) lines of pasted log\)/.exec(shown)?.[1]?.replace(/,/g, ""));
  if (count * (LOG_LINE.length + 1) <= MAX_FILE_BYTES)
    throw new Error(`${count} log lines do not pass the limit of ${MAX_FILE_BYTES} bytes`);
  return shown.replace(/\(.* lines of pasted log\)/, Array.from({ length: count }, () => LOG_LINE).join("\n"));
}
var FILE_TOO_LARGE = defineRule({
  id: "file-too-large",
  severity: "error",
  summary: "the file is at most 1 MiB",
  why: "An incident report is read by people; pasted logs and dumps bury what matters and slow every check. Link to them instead.",
  wrong: lines("## Timeline", "", "09:12 checkout-api log:", "(40,000 lines of pasted log)"),
  right: lines(
    "## Timeline",
    "",
    "09:12 checkout-api starts failing; see the log excerpt:",
    "https://logs.example.com/saved/checkout-2026-03-04"
  ),
  language: "markdown",
  repository: { wrong: inBody({ expand: pastedLog }), right: inBody() }
});
function linked(shown) {
  const [, link = "", target = ""] = /^(\S+) -> (\S+)$/m.exec(shown) ?? [];
  const pointed = target.split("/").reduce((at, part) => part === ".." ? at.slice(0, -1) : [...at, part], link.split("/").slice(0, -1));
  return [
    { path: link, linkTo: target },
    { path: pointed.join("/"), text: EXAMPLE_INCIDENT }
  ];
}
var FILE_SYMLINK = defineRule({
  id: "file-symlink",
  severity: "warning",
  summary: "incident files and folders are real ones, not symbolic links",
  why: "A link can point anywhere, even outside the repository, so it is never followed: the incident it points to, or the folder of incidents, is not checked.",
  wrong: lines("incidents/2026/checkout.md -> ../../notes/checkout.md"),
  right: lines("incidents/2026/2026-03-04-checkout-errors.md   (the file itself)"),
  language: "text",
  repository: { wrong: linked, right: asDescribed }
});
var FRONTMATTER_MISSING = defineRule({
  id: "frontmatter-missing",
  severity: "error",
  summary: "the file starts with a YAML frontmatter block between two '---' lines",
  why: "The fields at the top (id, status, severity, times) are what gets checked, counted and reviewed. Without the block the file is just prose.",
  wrong: lines("# Checkout errors after payment-gateway deploy", "", "Severity: SEV1, started 09:12 UTC"),
  right: lines(
    "---",
    "id: 2026-03-04-checkout-errors",
    "title: Checkout errors after payment-gateway deploy",
    "status: investigating",
    "severity: SEV1",
    "started_at: 2026-03-04T09:12:00Z",
    "---",
    "# Checkout errors after payment-gateway deploy"
  ),
  language: "markdown",
  repository: { wrong: wholeFile() }
});
var FRONTMATTER_UNCLOSED = defineRule({
  id: "frontmatter-unclosed",
  severity: "error",
  summary: "the frontmatter block ends with a second '---' line",
  why: "Without the closing line, nobody can tell where the fields end and the report begins, so none of it can be read.",
  wrong: lines(
    "---",
    "id: 2026-03-04-checkout-errors",
    "severity: SEV1",
    "# Checkout errors after payment-gateway deploy"
  ),
  right: lines(
    "---",
    "id: 2026-03-04-checkout-errors",
    "severity: SEV1",
    "---",
    "# Checkout errors after payment-gateway deploy"
  ),
  language: "markdown",
  repository: { wrong: wholeFile() }
});
var FRONTMATTER_NOT_MAPPING = defineRule({
  id: "frontmatter-not-mapping",
  severity: "error",
  summary: "the frontmatter is a set of 'field: value' lines, not a list or a single value",
  why: "Each field is looked up by its name; a list or a lone sentence has no names to look up.",
  wrong: lines("---", "- 2026-03-04-checkout-errors", "- SEV1", "---"),
  right: lines("---", "id: 2026-03-04-checkout-errors", "severity: SEV1", "---"),
  repository: { wrong: wholeFile() }
});

// src/incidents/yaml/yaml-rules.ts
var YAML_SYNTAX = defineRule({
  id: "yaml-syntax",
  severity: "error",
  summary: "the frontmatter is valid YAML",
  why: 'One misplaced colon or quote makes the whole block unreadable, so nothing else in the file can be checked. Values that contain ": " or start with @, `, * or & need quotes.',
  wrong: lines("title: Checkout errors: payment gateway", "roles:", "  incident_commander: @alice"),
  right: lines('title: "Checkout errors: payment gateway"', "roles:", '  incident_commander: "@alice"')
});
var YAML_DUPLICATE_KEY = defineRule({
  id: "yaml-duplicate-key",
  severity: "error",
  summary: "each field appears only once",
  why: "When a field appears twice, one of the values is silently lost; which one was meant is anyone's guess.",
  wrong: lines("severity: SEV2", "started_at: 2026-03-04T09:12:00Z", "severity: SEV1"),
  right: lines("severity: SEV1", "started_at: 2026-03-04T09:12:00Z")
});
var YAML_TAB = defineRule({
  id: "yaml-tab",
  severity: "error",
  summary: "indentation uses plain spaces, never tabs or non-breaking spaces",
  why: "YAML does not allow tabs for indentation, and a tab (or a non-breaking space pasted from a chat) looks exactly like spaces in most editors, so the file breaks invisibly.",
  wrong: lines("detection:", "\u2192 method: alert    # \u2192 marks a tab character"),
  right: lines("detection:", "  method: alert"),
  repository: inIncident({ expand: (shown) => shown.replace(/^→ /gm, "	") })
});
var YAML_TAG = defineRule({
  id: "yaml-tag",
  severity: "error",
  summary: "no YAML tags (!something) in the frontmatter",
  why: "Tags change what a value means and can make a YAML reader build objects; incident files only need plain text, numbers, true/false and lists.",
  wrong: lines("severity: !severity SEV1", "started_at: !!timestamp 2026-03-04T09:12:00Z"),
  right: lines("severity: SEV1", "started_at: 2026-03-04T09:12:00Z")
});
var YAML_ALIAS = defineRule({
  id: "yaml-alias",
  severity: "error",
  summary: "no YAML anchors (&name) or aliases (*name): each value is written where it is used",
  why: 'A value that comes from elsewhere in the file is easy to change in the wrong place, and a few lines of aliases can stand for billions of values (the "billion laughs"), enough to stall any tool that reads the file.',
  wrong: lines("roles:", '  incident_commander: &ic "@alice"', "review:", "  facilitator: *ic"),
  right: lines("roles:", '  incident_commander: "@alice"', "review:", '  facilitator: "@alice"')
});
var YAML_TOO_DEEP = defineRule({
  id: "yaml-too-deep",
  severity: "error",
  summary: "YAML is nested at most 20 levels deep",
  why: "No field is more than a few levels down, so deeper nesting is a mistake (brackets never closed, indentation that keeps growing) or an attempt to crash the tools that read the file.",
  wrong: lines("services: [[[[[[[[[[[[[[[[[[[[[checkout]]]]]]]]]]]]]]]]]]]]]"),
  right: lines("services: [checkout]")
});

// src/core/time.ts
var DAY_MS = 864e5;
var ZONED = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function parseTimestamp(value) {
  if (value === void 0 || !ZONED.test(value)) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}
function parseDay(value) {
  if (value === void 0 || !DAY.test(value)) return void 0;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? void 0 : ms;
}

// src/schema/field-rules.ts
var LIST_TOO_LONG = defineRule({
  id: "list-too-long",
  severity: "error",
  summary: "no list holds more than 1,000 items (items past that are not checked)",
  why: "An incident file records one incident; a list of thousands is a pasted log or a generated mistake, and checking it item by item would make validation slow for everyone.",
  wrong: lines("tags:", "  - checkout", "  - checkout", "  # ... 20,000 more lines"),
  right: lines("tags: [checkout, payments-gateway]"),
  repository: inIncident({ expand: repeatAbove })
});
var UNKNOWN_FIELD = defineRule({
  id: "unknown-field",
  severity: "error",
  summary: "every field is one the schema knows, with did-you-mean for typos",
  why: "A misspelt field is silently ignored by everything that reads the file, so the value you wrote never counts. Usually it is a typo of a field that exists.",
  wrong: lines("serverity: SEV1", "started: 2026-03-04T09:12:00Z"),
  right: lines("severity: SEV1", "started_at: 2026-03-04T09:12:00Z"),
  // The misspelt fields stand in for the right ones, which the file then lacks: one finding each, not a missing field too.
  repository: {
    wrong: inIncident({ base: EXAMPLE_INCIDENT.replace("severity: SEV1\n", "").replace(/started_at: .*\n/, "") })
  }
});
var REQUIRED_FIELD = defineRule({
  id: "required-field",
  severity: "error",
  summary: "the fields every incident needs are there: id, title, status, severity, started_at",
  why: "Without them an incident cannot be named, sorted, counted by severity or placed in time.",
  wrong: lines("id: 2026-03-04-checkout-errors", "status: investigating", "severity: SEV1"),
  right: lines(
    "id: 2026-03-04-checkout-errors",
    "title: Checkout errors after payment-gateway deploy",
    "status: investigating",
    "severity: SEV1",
    "started_at: 2026-03-04T09:12:00Z"
  ),
  repository: asWholeFrontmatter
});
var REQUIRED_BY_STATUS = defineRule({
  id: "required-by-status",
  severity: "error",
  summary: "each status has the fields it needs: mitigated_at, resolved_at, review.date",
  why: "The status promises a stage has been reached; the matching time is what makes durations and review deadlines measurable.",
  wrong: lines("status: resolved", "started_at: 2026-03-04T09:12:00Z", "mitigated_at: 2026-03-04T09:51:00Z"),
  right: lines(
    "status: resolved",
    "started_at: 2026-03-04T09:12:00Z",
    "mitigated_at: 2026-03-04T09:51:00Z",
    "resolved_at: 2026-03-04T11:02:00Z"
  ),
  // An incident past investigating says when it was detected, or detected-at-missing says so too.
  repository: inIncident({ base: overlay(EXAMPLE_INCIDENT, "detected_at: 2026-03-04T09:20:00Z") })
});
var FIELD_TYPE = defineRule({
  id: "field-type",
  severity: "error",
  summary: "each value has the right type: text, a number, true/false, a list or a set of fields",
  why: "A number written as text, or one service where a list is expected, cannot be counted or compared.",
  wrong: lines('near_miss: "no"', "services: checkout", "impact:", "  users_affected: about 1200"),
  right: lines("near_miss: false", "services: [checkout]", "impact:", "  users_affected: 1200")
});
var ALLOWED_VALUES = defineRule({
  id: "allowed-values",
  severity: "error",
  summary: "fields with a fixed set of values use one of them (status, detection.method, priority, ...)",
  why: "Reports group incidents by these values; a value outside the set falls into no group and disappears from the numbers.",
  wrong: lines("status: closed", "detection:", "  method: pager"),
  right: lines("status: resolved", "detection:", "  method: alert"),
  repository: inIncident({ base: RESOLVED_INCIDENT })
});
var FIELD_EMPTY = defineRule({
  id: "field-empty",
  severity: "error",
  summary: "text fields and lists that must say something are not empty",
  why: "An empty title or reason looks filled in at a glance but tells the reader nothing.",
  wrong: lines('title: ""', 'no_follow_ups_reason: ""'),
  right: lines(
    "title: Checkout errors after payment-gateway deploy",
    "no_follow_ups_reason: The failed vendor fixed it and no change on our side would have helped."
  )
});
var FIELD_RANGE = defineRule({
  id: "field-range",
  severity: "error",
  summary: "numbers are within their range (users_affected at least 0, issue at least 1)",
  why: "A negative count or issue number is always a mistake, and it would skew every total it is added to.",
  wrong: lines("impact:", "  users_affected: -1"),
  right: lines("impact:", "  users_affected: 0")
});
var DUPLICATE_ITEM = defineRule({
  id: "duplicate-item",
  severity: "error",
  summary: "lists such as services, categories and related name each item once",
  why: "A service listed twice is counted twice in the trends of the batch review.",
  wrong: lines("services: [checkout, payments-gateway, checkout]"),
  right: lines("services: [checkout, payments-gateway]")
});
var SCHEMA_CATCH_ALL = defineRule({
  id: "schema",
  severity: "error",
  summary: "a catch-all: a schema check that has no rule of its own",
  why: "Every check in the JSON Schemas reports something, even one this tool has no dedicated words for yet. The message names the field and what the schema expects.",
  wrong: lines(
    "# had the schema a limit of 200 characters on impact.summary:",
    "impact:",
    "  summary: (a 600-character paragraph)"
  ),
  right: lines("impact:", "  summary: About 8% of checkouts failed for 31 minutes."),
  repository: inIncident({
    expand: (shown) => shown.replace("(a 600-character paragraph)", "About 8% of checkouts failed. ".repeat(20))
  })
});

// src/schema/format-rules.ts
var TIMESTAMP_FORMAT = defineRule({
  id: "timestamp-format",
  severity: "error",
  summary: "times are ISO 8601 timestamps: date, T, time and zone, like 2026-03-04T09:12:00Z",
  why: 'Durations such as time to detect and time to mitigate are computed from these fields; "Tuesday 9am" cannot be subtracted from anything.',
  wrong: lines("started_at: 4 March 2026, 09:12", "detected_at: 2026-03-04 9:20"),
  right: lines("started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00Z")
});
var TIMESTAMP_ZONE = defineRule({
  id: "timestamp-zone",
  severity: "error",
  summary: "every timestamp says its time zone: Z for UTC or an offset such as +01:00",
  why: "Responders often sit in different time zones; without the zone, 09:12 can mean several different moments and durations come out hours wrong.",
  wrong: lines("started_at: 2026-03-04T09:12:00"),
  right: lines("started_at: 2026-03-04T09:12:00Z", "# or, in local time:", "# started_at: 2026-03-04T10:12:00+01:00")
});
var DATE_FORMAT = defineRule({
  id: "date-format",
  severity: "error",
  summary: "dates (review.date, due, closed_at) are written YYYY-MM-DD",
  why: "03/04/2026 is March in one country and April in another; the ISO form means the same everywhere and sorts correctly.",
  wrong: lines("review:", "  date: 10/03/2026"),
  right: lines("review:", "  date: 2026-03-10")
});
var HANDLE_FORMAT = defineRule({
  id: "handle-format",
  severity: "error",
  summary: 'people and teams are GitHub handles like "@alice" or "@org/team", in quotes',
  why: "Handles become issue assignees and load counts; a plain name matches nobody on GitHub. In YAML a value starting with @ must be quoted.",
  wrong: lines("roles:", "  incident_commander: Alice Smith", "  responders: [carol]"),
  right: lines("roles:", '  incident_commander: "@alice"', '  responders: ["@carol"]')
});
var FIELD_FORMAT = defineRule({
  id: "field-format",
  severity: "error",
  summary: 'values with a fixed form have it (config durations like 5d, goal targets like "<= 30m", owner/name repos)',
  why: "These values are read by the tool, not only by people, so a form it does not understand cannot be used at all.",
  wrong: lines("goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", "    target: at most 30 minutes"),
  right: lines("goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", '    target: "<= 30m"'),
  repository: inConfig
});
var FOLLOW_UP_ID_FORMAT = defineRule({
  id: "follow-up-id-format",
  severity: "error",
  summary: "follow-up ids are slugs: lowercase letters, digits and hyphens",
  why: "The id links the follow-up to its GitHub issue for good, so it has to be simple, stable text.",
  wrong: lines(
    "follow_ups:",
    "  - id: Canary Analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    '    owner: "@alice"'
  ),
  right: lines(
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    '    owner: "@alice"'
  )
});

// src/schema/list-limit.ts
var MAX_LIST_ITEMS = 1e3;
function findLong(value, path, out) {
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) out.push({ path: [...path], length: value.length });
    const checked = Math.min(value.length, MAX_LIST_ITEMS);
    for (let index = 0; index < checked; index++) {
      path.push(index);
      findLong(value[index], path, out);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      path.push(key);
      findLong(value[key], path, out);
      path.pop();
    }
  }
}
function cutCopy(value) {
  if (Array.isArray(value)) return value.slice(0, MAX_LIST_ITEMS).map(cutCopy);
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(out, key, { value: cutCopy(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
function withinListLimit(data) {
  const cut = [];
  findLong(data, [], cut);
  return cut.length ? { data: cutCopy(data), cut } : { data, cut };
}

// precompiled:schema-compiler
var incident = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://incidents-as-code.dev/schemas/incident.schema.json", "title": "Incident", "description": "The YAML frontmatter of one incident file. What is required grows with `status`: investigating needs identity, severity and started_at; mitigated adds mitigated_at; resolved adds resolved_at; reviewed adds review.date and follow-ups (or a reason for none). A time nobody recorded is written `unknown`, or its day alone. A historical record (historical: true) needs no review date. Severities, categories and services are checked against .incidents.yml.", "type": "object", "additionalProperties": false, "required": ["id", "title", "status", "severity", "started_at"], "properties": { "id": { "description": "Unique id of the incident across the repository. By default the start date and a short slug; the file should be named <id>.md.", "type": "string", "minLength": 1, "examples": ["2026-03-04-checkout-errors"] }, "title": { "description": "One line that says what users experienced, not the cause.", "type": "string", "minLength": 1, "examples": ["Checkout errors after payment-gateway deploy"] }, "status": { "description": "Where the incident is in its life: investigating (impact ongoing), mitigated (impact stopped), resolved (cause fixed), reviewed (the review meeting has happened).", "enum": ["investigating", "mitigated", "resolved", "reviewed"] }, "historical": { "description": "true for a historical record: an incident recorded after the fact (imported, or reviewed before this program existed), with what is known and nothing invented. It needs no review date and has no review deadline, missing review sections are warnings, and its follow-ups are not filed as issues unless the config asks (follow_ups.file_historical). Its severity may be `unknown`.", "type": "boolean" }, "severity": { "description": "One of the severities defined in .incidents.yml (by default SEV1 to SEV4). The severity decides which review sections are required.", "type": "string", "examples": ["SEV2"] }, "near_miss": { "description": "true when nobody was affected but it nearly happened. Near misses are worth reviewing too.", "type": "boolean" }, "started_at": { "$ref": "#/$defs/timestamp", "description": "When impact started (not when someone noticed). ISO 8601 with a time zone." }, "detected_at": { "$ref": "#/$defs/timestamp", "description": "When the first person or system noticed. ISO 8601 with a time zone." }, "mitigated_at": { "$ref": "#/$defs/timestamp", "description": "When user impact stopped, even if the cause was not yet fixed. ISO 8601 with a time zone." }, "resolved_at": { "$ref": "#/$defs/timestamp", "description": "When the underlying cause was fixed and the incident closed. ISO 8601 with a time zone." }, "detection": { "description": "How the incident was noticed.", "type": "object", "additionalProperties": false, "required": ["method"], "properties": { "method": { "description": "Who or what noticed first.", "enum": ["alert", "customer", "employee", "automated-test", "other"] }, "alert": { "description": "Name of the alert that fired, when method is alert.", "type": "string", "examples": ["checkout-5xx-rate"] } } }, "services": { "description": "Services that were affected or involved. Checked against the service catalog in .incidents.yml when it has one.", "type": "array", "items": { "type": "string" }, "uniqueItems": true, "examples": [["checkout", "payments-gateway"]] }, "categories": { "description": "Categories from the taxonomy in .incidents.yml; used for trends in the batch review.", "type": "array", "items": { "type": "string" }, "uniqueItems": true, "examples": [["deploy"]] }, "tags": { "description": "Free-form tags for anything the taxonomy does not cover.", "type": "array", "items": { "type": "string" }, "examples": [["feature-flag"]] }, "roles": { "description": "Who did what during the response. Handles start with @.", "type": "object", "additionalProperties": false, "properties": { "incident_commander": { "$ref": "#/$defs/handle", "description": "The person who coordinated the response." }, "communications": { "$ref": "#/$defs/handle", "description": "The person who kept customers and the company informed." }, "scribe": { "$ref": "#/$defs/handle", "description": "The person who kept the timeline." }, "responders": { "description": "Everyone else who worked on the response.", "type": "array", "items": { "$ref": "#/$defs/handle" }, "uniqueItems": true } } }, "impact": { "description": "What users and the business experienced.", "type": "object", "additionalProperties": false, "properties": { "summary": { "description": "One or two sentences of impact, with numbers where known.", "type": "string", "examples": ["About 8% of checkouts failed for 31 minutes."] }, "users_affected": { "description": "Approximate number of users affected; 0 for a near miss.", "type": "integer", "minimum": 0 }, "revenue_impact": { "description": 'Approximate lost or refunded revenue, as written (for example "EUR 12,000").', "type": "string" } } }, "contributing_factors": { "description": "What made the incident possible or worse. There is rarely a single root cause.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["category", "description"], "properties": { "category": { "description": "A category from the taxonomy in .incidents.yml.", "type": "string", "examples": ["deploy"] }, "description": { "description": "One sentence describing the factor.", "type": "string", "minLength": 1 } } } }, "mitigation": { "description": "How user impact was stopped.", "type": "object", "additionalProperties": false, "properties": { "techniques": { "description": "The techniques used to mitigate.", "type": "array", "items": { "enum": ["rollback", "traffic-shift", "feature-flag", "failover", "scale-up", "circuit-breaker", "restart", "manual-fix", "other"] }, "uniqueItems": true }, "automated": { "description": "true when automation mitigated without a person acting.", "type": "boolean" } } }, "repeat_of": { "description": "The id of an earlier incident this one repeats (the same failure again).", "type": "string", "examples": ["2025-11-20-checkout-timeouts"] }, "related": { "description": "Ids of other incidents that are related but not repeats.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "follow_ups": { "description": "Remediation items. Each becomes one GitHub issue when sync runs.", "type": "array", "items": { "$ref": "#/$defs/follow_up" } }, "no_follow_ups_reason": { "description": "Why a reviewed incident has no follow-ups. Required when status is reviewed and follow_ups is empty.", "type": "string", "minLength": 1 }, "review": { "description": "The individual review (postmortem) meeting.", "type": "object", "additionalProperties": false, "properties": { "date": { "$ref": "#/$defs/date", "description": "The day of the review meeting (YYYY-MM-DD)." }, "facilitator": { "$ref": "#/$defs/handle", "description": "Who ran the review." }, "attendees": { "description": "Who attended.", "type": "array", "items": { "$ref": "#/$defs/handle" }, "uniqueItems": true } } }, "source": { "description": "Where an imported record came from, written by `incidents import`. A later import finds the file again by it, and rewrites the file only while digest still matches its text (nobody edited it).", "type": "object", "additionalProperties": false, "required": ["format"], "properties": { "format": { "description": "The kind of source.", "enum": ["markdown", "statuspage", "csv"] }, "path": { "description": "The document's path in the folder imported, or the file's name.", "type": "string", "minLength": 1 }, "url": { "description": "Where the source item can be seen (a status page incident's link).", "type": "string", "minLength": 1 }, "id": { "description": "The source's own id for the item (a Statuspage incident id, a row's id column).", "type": "string", "minLength": 1 }, "unmapped": { "description": "Values the source gave that could not be mapped to this format, by field, as the source wrote them (for example severity: P0).", "type": "object", "additionalProperties": { "type": "string" } }, "digest": { "description": "SHA-256 of the file as the import wrote it (this value zeroed). Leave it: when the file no longer matches it, a later import leaves the file alone.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } } }, "allOf": [{ "if": { "properties": { "status": { "enum": ["mitigated", "resolved", "reviewed"] } }, "required": ["status"], "type": "object" }, "then": { "required": ["mitigated_at"] } }, { "if": { "properties": { "status": { "enum": ["resolved", "reviewed"] } }, "required": ["status"], "type": "object" }, "then": { "required": ["resolved_at"] } }, { "if": { "properties": { "status": { "const": "reviewed" }, "historical": { "not": { "const": true } } }, "required": ["status"], "type": "object" }, "then": { "required": ["review"], "properties": { "review": { "type": "object", "required": ["date"] } } } }], "$defs": { "timestamp": { "description": "ISO 8601 with a time zone; or, when nobody recorded the time, the day alone (YYYY-MM-DD) or `unknown`. A day or unknown counts as missing in the batch review's durations.", "type": "string", "if": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "then": { "format": "date" }, "else": { "if": { "const": "unknown" }, "else": { "format": "date-time" } }, "examples": ["2026-03-04T09:12:00Z", "2026-03-04T10:12:00+01:00", "2026-03-04", "unknown"] }, "date": { "type": "string", "format": "date", "examples": ["2026-04-01"] }, "handle": { "description": "A GitHub handle: @user or @org/team.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", "examples": ["@alice", "@acme/payments"] }, "follow_up": { "description": "One remediation item.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "description": "Stable key of the follow-up inside this incident: lowercase letters, digits and hyphens. Never change it once filed; it links the file to its issue.", "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "examples": ["canary-analysis"] }, "title": { "description": "What will be done, as an issue title.", "type": "string", "minLength": 1, "examples": ["Add canary analysis to payment-gateway deploys"] }, "type": { "description": "What kind of remediation this is.", "enum": ["investigate", "mitigate", "repair", "detect", "prevent", "process"] }, "owner": { "$ref": "#/$defs/handle", "description": "Who is accountable. A user handle becomes the issue's assignee." }, "priority": { "description": "How urgent.", "enum": ["P1", "P2", "P3", "P4"] }, "due": { "$ref": "#/$defs/date", "description": "When it should be done (YYYY-MM-DD)." }, "status": { "description": "State recorded in the file. When the follow-up is filed as an issue, the issue's state is the truth.", "enum": ["open", "done", "not-planned"] }, "closed_at": { "$ref": "#/$defs/date", "description": "When it was done or dropped (YYYY-MM-DD)." }, "issue": { "description": "Number of an existing issue that tracks this follow-up; it is linked instead of filed.", "type": "integer", "minimum": 1 }, "ticket": { "description": "Where the item is tracked outside this repository, as the source gave it: a URL or an id like OPS-123.", "type": "string", "minLength": 1, "examples": ["https://tracker.example.com/browse/OPS-123"] } } } } };
var schema32 = { "description": "ISO 8601 with a time zone; or, when nobody recorded the time, the day alone (YYYY-MM-DD) or `unknown`. A day or unknown counts as missing in the batch review's durations.", "type": "string", "if": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "then": { "format": "date" }, "else": { "if": { "const": "unknown" }, "else": { "format": "date-time" } }, "examples": ["2026-03-04T09:12:00Z", "2026-03-04T10:12:00+01:00", "2026-03-04", "unknown"] };
var schema36 = { "description": "A GitHub handle: @user or @org/team.", "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", "examples": ["@alice", "@acme/payments"] };
var schema42 = { "type": "string", "format": "date", "examples": ["2026-04-01"] };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern8 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", "u");
var pattern16 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var formats0 = require_formats().fullFormats.date;
var formats2 = require_formats().fullFormats["date-time"];
var schema40 = { "description": "One remediation item.", "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "description": "Stable key of the follow-up inside this incident: lowercase letters, digits and hyphens. Never change it once filed; it links the file to its issue.", "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "examples": ["canary-analysis"] }, "title": { "description": "What will be done, as an issue title.", "type": "string", "minLength": 1, "examples": ["Add canary analysis to payment-gateway deploys"] }, "type": { "description": "What kind of remediation this is.", "enum": ["investigate", "mitigate", "repair", "detect", "prevent", "process"] }, "owner": { "$ref": "#/$defs/handle", "description": "Who is accountable. A user handle becomes the issue's assignee." }, "priority": { "description": "How urgent.", "enum": ["P1", "P2", "P3", "P4"] }, "due": { "$ref": "#/$defs/date", "description": "When it should be done (YYYY-MM-DD)." }, "status": { "description": "State recorded in the file. When the follow-up is filed as an issue, the issue's state is the truth.", "enum": ["open", "done", "not-planned"] }, "closed_at": { "$ref": "#/$defs/date", "description": "When it was done or dropped (YYYY-MM-DD)." }, "issue": { "description": "Number of an existing issue that tracks this follow-up; it is linked instead of filed.", "type": "integer", "minimum": 1 }, "ticket": { "description": "Where the item is tracked outside this repository, as the source gave it: a URL or an id like OPS-123.", "type": "string", "minLength": 1, "examples": ["https://tracker.example.com/browse/OPS-123"] } } };
var pattern12 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema40.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(?:-[a-z0-9]+)*$", parentSchema: schema40.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.id.type, parentSchema: schema40.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.title.type, parentSchema: schema40.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "investigate" || data2 === "mitigate" || data2 === "repair" || data2 === "detect" || data2 === "prevent" || data2 === "process")) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema40.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.type.enum, parentSchema: schema40.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern8.test(data3)) {
          const err8 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data4 = data.priority;
      if (!(data4 === "P1" || data4 === "P2" || data4 === "P3" || data4 === "P4")) {
        const err10 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/enum", keyword: "enum", params: { allowedValues: schema40.properties.priority.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.priority.enum, parentSchema: schema40.properties.priority, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data5 = data.due;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err11 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema42, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/due", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "open" || data6 === "done" || data6 === "not-planned")) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema40.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.status.enum, parentSchema: schema40.properties.status, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.closed_at !== void 0) {
      let data7 = data.closed_at;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err14 = { instancePath: instancePath + "/closed_at", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema42, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/closed_at", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data8 = data.issue;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err16 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.properties.issue.type, parentSchema: schema40.properties.issue, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 1 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.properties.issue, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.ticket !== void 0) {
      let data9 = data.ticket;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err18 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.ticket, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.ticket.type, parentSchema: schema40.properties.ticket, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          let data0 = data.status;
          if (!(data0 === "mitigated" || data0 === "resolved" || data0 === "reviewed")) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.mitigated_at === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "mitigated_at" }, message: "must have required property 'mitigated_at'", schema: schema31.allOf[0].then.required, parentSchema: schema31.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[0].if, parentSchema: schema31.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs8 = errors;
  let valid3 = true;
  const _errs9 = errors;
  if (errors === _errs9) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.status === void 0 && (missing1 = "status")) {
        const err5 = {};
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          let data1 = data.status;
          if (!(data1 === "resolved" || data1 === "reviewed")) {
            const err6 = {};
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    } else {
      const err7 = {};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid1 = _errs9 === errors;
  errors = _errs8;
  if (vErrors !== null) {
    if (_errs8) {
      vErrors.length = _errs8;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.resolved_at === void 0) {
        const err8 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "resolved_at" }, message: "must have required property 'resolved_at'", schema: schema31.allOf[1].then.required, parentSchema: schema31.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs12 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[1].if, parentSchema: schema31.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  const _errs14 = errors;
  let valid5 = true;
  const _errs15 = errors;
  if (errors === _errs15) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.status === void 0 && (missing2 = "status")) {
        const err10 = {};
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        if (data.status !== void 0) {
          const _errs17 = errors;
          if ("reviewed" !== data.status) {
            const err11 = {};
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid6 = _errs17 === errors;
        } else {
          var valid6 = true;
        }
        if (valid6) {
          if (data.historical !== void 0) {
            const _errs18 = errors;
            const _errs19 = errors;
            const _errs20 = errors;
            if (true !== data.historical) {
              const err12 = {};
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            var valid7 = _errs20 === errors;
            if (valid7) {
              const err13 = {};
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            } else {
              errors = _errs19;
              if (vErrors !== null) {
                if (_errs19) {
                  vErrors.length = _errs19;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid6 = _errs18 === errors;
          } else {
            var valid6 = true;
          }
        }
      }
    } else {
      const err14 = {};
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
  }
  var _valid2 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs21 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.review === void 0) {
        const err15 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "review" }, message: "must have required property 'review'", schema: schema31.allOf[2].then.required, parentSchema: schema31.allOf[2].then, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data.review !== void 0) {
        let data4 = data.review;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          if (data4.date === void 0) {
            const err16 = { instancePath: instancePath + "/review", schemaPath: "#/allOf/2/then/properties/review/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema31.allOf[2].then.properties.review.required, parentSchema: schema31.allOf[2].then.properties.review, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/review", schemaPath: "#/allOf/2/then/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.allOf[2].then.properties.review.type, parentSchema: schema31.allOf[2].then.properties.review, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs21 === errors;
    valid5 = _valid2;
    if (valid5) {
      var props0 = {};
      props0.review = true;
      props0.status = true;
      props0.historical = true;
    }
  }
  if (!valid5) {
    const err18 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[2].if, parentSchema: schema31.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.status = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err22 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.started_at === void 0) {
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err24 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data5 = data.id;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err25 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.id, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data6 = data.title;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err27 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data7 = data.status;
      if (!(data7 === "investigating" || data7 === "mitigated" || data7 === "resolved" || data7 === "reviewed")) {
        const err29 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.historical !== void 0) {
      let data8 = data.historical;
      if (typeof data8 !== "boolean") {
        const err30 = { instancePath: instancePath + "/historical", schemaPath: "#/properties/historical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.historical.type, parentSchema: schema31.properties.historical, data: data8 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data9 = data.severity;
      if (typeof data9 !== "string") {
        const err31 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.severity.type, parentSchema: schema31.properties.severity, data: data9 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.near_miss !== void 0) {
      let data10 = data.near_miss;
      if (typeof data10 !== "boolean") {
        const err32 = { instancePath: instancePath + "/near_miss", schemaPath: "#/properties/near_miss/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.near_miss.type, parentSchema: schema31.properties.near_miss, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.started_at !== void 0) {
      let data11 = data.started_at;
      if (typeof data11 !== "string") {
        const err33 = { instancePath: instancePath + "/started_at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data11 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs39 = errors;
      let valid11 = true;
      const _errs40 = errors;
      if (typeof data11 === "string") {
        if (!pattern4.test(data11)) {
          const err34 = {};
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      var _valid3 = _errs40 === errors;
      errors = _errs39;
      if (vErrors !== null) {
        if (_errs39) {
          vErrors.length = _errs39;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid3) {
        const _errs41 = errors;
        if (typeof data11 === "string") {
          if (!formats0.validate(data11)) {
            const err35 = { instancePath: instancePath + "/started_at", schemaPath: "#/$defs/timestamp/then/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32.then, data: data11 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        var _valid3 = _errs41 === errors;
        valid11 = _valid3;
        ifClause0 = "then";
      } else {
        const _errs42 = errors;
        const _errs43 = errors;
        let valid12 = true;
        const _errs44 = errors;
        if ("unknown" !== data11) {
          const err36 = {};
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        var _valid4 = _errs44 === errors;
        errors = _errs43;
        if (vErrors !== null) {
          if (_errs43) {
            vErrors.length = _errs43;
          } else {
            vErrors = null;
          }
        }
        if (!_valid4) {
          const _errs45 = errors;
          if (typeof data11 === "string") {
            if (!formats2.validate(data11)) {
              const err37 = { instancePath: instancePath + "/started_at", schemaPath: "#/$defs/timestamp/else/else/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.else.else, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
          var _valid4 = _errs45 === errors;
          valid12 = _valid4;
        }
        if (!valid12) {
          const err38 = { instancePath: instancePath + "/started_at", schemaPath: "#/$defs/timestamp/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema32.else.if, parentSchema: schema32.else, data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        var _valid3 = _errs42 === errors;
        valid11 = _valid3;
        ifClause0 = "else";
      }
      if (!valid11) {
        const err39 = { instancePath: instancePath + "/started_at", schemaPath: "#/$defs/timestamp/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema32.if, parentSchema: schema32, data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.detected_at !== void 0) {
      let data12 = data.detected_at;
      if (typeof data12 !== "string") {
        const err40 = { instancePath: instancePath + "/detected_at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      const _errs49 = errors;
      let valid14 = true;
      const _errs50 = errors;
      if (typeof data12 === "string") {
        if (!pattern4.test(data12)) {
          const err41 = {};
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      var _valid5 = _errs50 === errors;
      errors = _errs49;
      if (vErrors !== null) {
        if (_errs49) {
          vErrors.length = _errs49;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid5) {
        const _errs51 = errors;
        if (typeof data12 === "string") {
          if (!formats0.validate(data12)) {
            const err42 = { instancePath: instancePath + "/detected_at", schemaPath: "#/$defs/timestamp/then/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32.then, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        var _valid5 = _errs51 === errors;
        valid14 = _valid5;
        ifClause1 = "then";
      } else {
        const _errs52 = errors;
        const _errs53 = errors;
        let valid15 = true;
        const _errs54 = errors;
        if ("unknown" !== data12) {
          const err43 = {};
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid6 = _errs54 === errors;
        errors = _errs53;
        if (vErrors !== null) {
          if (_errs53) {
            vErrors.length = _errs53;
          } else {
            vErrors = null;
          }
        }
        if (!_valid6) {
          const _errs55 = errors;
          if (typeof data12 === "string") {
            if (!formats2.validate(data12)) {
              const err44 = { instancePath: instancePath + "/detected_at", schemaPath: "#/$defs/timestamp/else/else/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.else.else, data: data12 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          var _valid6 = _errs55 === errors;
          valid15 = _valid6;
        }
        if (!valid15) {
          const err45 = { instancePath: instancePath + "/detected_at", schemaPath: "#/$defs/timestamp/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema32.else.if, parentSchema: schema32.else, data: data12 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        var _valid5 = _errs52 === errors;
        valid14 = _valid5;
        ifClause1 = "else";
      }
      if (!valid14) {
        const err46 = { instancePath: instancePath + "/detected_at", schemaPath: "#/$defs/timestamp/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema32.if, parentSchema: schema32, data: data12 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.mitigated_at !== void 0) {
      let data13 = data.mitigated_at;
      if (typeof data13 !== "string") {
        const err47 = { instancePath: instancePath + "/mitigated_at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data13 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      const _errs59 = errors;
      let valid17 = true;
      const _errs60 = errors;
      if (typeof data13 === "string") {
        if (!pattern4.test(data13)) {
          const err48 = {};
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
      var _valid7 = _errs60 === errors;
      errors = _errs59;
      if (vErrors !== null) {
        if (_errs59) {
          vErrors.length = _errs59;
        } else {
          vErrors = null;
        }
      }
      let ifClause2;
      if (_valid7) {
        const _errs61 = errors;
        if (typeof data13 === "string") {
          if (!formats0.validate(data13)) {
            const err49 = { instancePath: instancePath + "/mitigated_at", schemaPath: "#/$defs/timestamp/then/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32.then, data: data13 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        var _valid7 = _errs61 === errors;
        valid17 = _valid7;
        ifClause2 = "then";
      } else {
        const _errs62 = errors;
        const _errs63 = errors;
        let valid18 = true;
        const _errs64 = errors;
        if ("unknown" !== data13) {
          const err50 = {};
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        var _valid8 = _errs64 === errors;
        errors = _errs63;
        if (vErrors !== null) {
          if (_errs63) {
            vErrors.length = _errs63;
          } else {
            vErrors = null;
          }
        }
        if (!_valid8) {
          const _errs65 = errors;
          if (typeof data13 === "string") {
            if (!formats2.validate(data13)) {
              const err51 = { instancePath: instancePath + "/mitigated_at", schemaPath: "#/$defs/timestamp/else/else/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.else.else, data: data13 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          var _valid8 = _errs65 === errors;
          valid18 = _valid8;
        }
        if (!valid18) {
          const err52 = { instancePath: instancePath + "/mitigated_at", schemaPath: "#/$defs/timestamp/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema32.else.if, parentSchema: schema32.else, data: data13 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        var _valid7 = _errs62 === errors;
        valid17 = _valid7;
        ifClause2 = "else";
      }
      if (!valid17) {
        const err53 = { instancePath: instancePath + "/mitigated_at", schemaPath: "#/$defs/timestamp/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema32.if, parentSchema: schema32, data: data13 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.resolved_at !== void 0) {
      let data14 = data.resolved_at;
      if (typeof data14 !== "string") {
        const err54 = { instancePath: instancePath + "/resolved_at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data14 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      const _errs69 = errors;
      let valid20 = true;
      const _errs70 = errors;
      if (typeof data14 === "string") {
        if (!pattern4.test(data14)) {
          const err55 = {};
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      }
      var _valid9 = _errs70 === errors;
      errors = _errs69;
      if (vErrors !== null) {
        if (_errs69) {
          vErrors.length = _errs69;
        } else {
          vErrors = null;
        }
      }
      let ifClause3;
      if (_valid9) {
        const _errs71 = errors;
        if (typeof data14 === "string") {
          if (!formats0.validate(data14)) {
            const err56 = { instancePath: instancePath + "/resolved_at", schemaPath: "#/$defs/timestamp/then/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema32.then, data: data14 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        var _valid9 = _errs71 === errors;
        valid20 = _valid9;
        ifClause3 = "then";
      } else {
        const _errs72 = errors;
        const _errs73 = errors;
        let valid21 = true;
        const _errs74 = errors;
        if ("unknown" !== data14) {
          const err57 = {};
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        var _valid10 = _errs74 === errors;
        errors = _errs73;
        if (vErrors !== null) {
          if (_errs73) {
            vErrors.length = _errs73;
          } else {
            vErrors = null;
          }
        }
        if (!_valid10) {
          const _errs75 = errors;
          if (typeof data14 === "string") {
            if (!formats2.validate(data14)) {
              const err58 = { instancePath: instancePath + "/resolved_at", schemaPath: "#/$defs/timestamp/else/else/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.else.else, data: data14 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
          var _valid10 = _errs75 === errors;
          valid21 = _valid10;
        }
        if (!valid21) {
          const err59 = { instancePath: instancePath + "/resolved_at", schemaPath: "#/$defs/timestamp/else/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema32.else.if, parentSchema: schema32.else, data: data14 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        var _valid9 = _errs72 === errors;
        valid20 = _valid9;
        ifClause3 = "else";
      }
      if (!valid20) {
        const err60 = { instancePath: instancePath + "/resolved_at", schemaPath: "#/$defs/timestamp/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema32.if, parentSchema: schema32, data: data14 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.detection !== void 0) {
      let data15 = data.detection;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.method === void 0) {
          const err61 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema31.properties.detection.required, parentSchema: schema31.properties.detection, data: data15 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        for (const key1 in data15) {
          if (!(key1 === "method" || key1 === "alert")) {
            const err62 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.detection, data: data15 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data15.method !== void 0) {
          let data16 = data15.method;
          if (!(data16 === "alert" || data16 === "customer" || data16 === "employee" || data16 === "automated-test" || data16 === "other")) {
            const err63 = { instancePath: instancePath + "/detection/method", schemaPath: "#/properties/detection/properties/method/enum", keyword: "enum", params: { allowedValues: schema31.properties.detection.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.detection.properties.method.enum, parentSchema: schema31.properties.detection.properties.method, data: data16 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data15.alert !== void 0) {
          let data17 = data15.alert;
          if (typeof data17 !== "string") {
            const err64 = { instancePath: instancePath + "/detection/alert", schemaPath: "#/properties/detection/properties/alert/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detection.properties.alert.type, parentSchema: schema31.properties.detection.properties.alert, data: data17 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.detection.type, parentSchema: schema31.properties.detection, data: data15 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data18 = data.services;
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (typeof data19 !== "string") {
            const err66 = { instancePath: instancePath + "/services/" + i0, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.services.items.type, parentSchema: schema31.properties.services.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        let i1 = data18.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data18[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err67 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.services, data: data18 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.services.type, parentSchema: schema31.properties.services, data: data18 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.categories !== void 0) {
      let data20 = data.categories;
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data21 = data20[i2];
          if (typeof data21 !== "string") {
            const err69 = { instancePath: instancePath + "/categories/" + i2, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.categories.items.type, parentSchema: schema31.properties.categories.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        let i3 = data20.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data20[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err70 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.categories, data: data20 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.categories.type, parentSchema: schema31.properties.categories, data: data20 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data22 = data.tags;
      if (Array.isArray(data22)) {
        const len2 = data22.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data23 = data22[i4];
          if (typeof data23 !== "string") {
            const err72 = { instancePath: instancePath + "/tags/" + i4, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tags.items.type, parentSchema: schema31.properties.tags.items, data: data23 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tags.type, parentSchema: schema31.properties.tags, data: data22 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data24 = data.roles;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key2 in data24) {
          if (!(key2 === "incident_commander" || key2 === "communications" || key2 === "scribe" || key2 === "responders")) {
            const err74 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.roles, data: data24 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data24.incident_commander !== void 0) {
          let data25 = data24.incident_commander;
          if (typeof data25 === "string") {
            if (!pattern8.test(data25)) {
              const err75 = { instancePath: instancePath + "/roles/incident_commander", schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data25 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = { instancePath: instancePath + "/roles/incident_commander", schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data25 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data24.communications !== void 0) {
          let data26 = data24.communications;
          if (typeof data26 === "string") {
            if (!pattern8.test(data26)) {
              const err77 = { instancePath: instancePath + "/roles/communications", schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data26 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/roles/communications", schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data26 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data24.scribe !== void 0) {
          let data27 = data24.scribe;
          if (typeof data27 === "string") {
            if (!pattern8.test(data27)) {
              const err79 = { instancePath: instancePath + "/roles/scribe", schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data27 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/roles/scribe", schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data27 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data24.responders !== void 0) {
          let data28 = data24.responders;
          if (Array.isArray(data28)) {
            const len3 = data28.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data29 = data28[i5];
              if (typeof data29 === "string") {
                if (!pattern8.test(data29)) {
                  const err81 = { instancePath: instancePath + "/roles/responders/" + i5, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/roles/responders/" + i5, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data29 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            let i6 = data28.length;
            let j2;
            if (i6 > 1) {
              outer0: for (; i6--; ) {
                for (j2 = i6; j2--; ) {
                  if (func0(data28[i6], data28[j2])) {
                    const err83 = { instancePath: instancePath + "/roles/responders", schemaPath: "#/properties/roles/properties/responders/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.roles.properties.responders, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/roles/responders", schemaPath: "#/properties/roles/properties/responders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.roles.properties.responders.type, parentSchema: schema31.properties.roles.properties.responders, data: data28 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.roles.type, parentSchema: schema31.properties.roles, data: data24 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.impact !== void 0) {
      let data30 = data.impact;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key3 in data30) {
          if (!(key3 === "summary" || key3 === "users_affected" || key3 === "revenue_impact")) {
            const err86 = { instancePath: instancePath + "/impact", schemaPath: "#/properties/impact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.impact, data: data30 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data30.summary !== void 0) {
          let data31 = data30.summary;
          if (typeof data31 !== "string") {
            const err87 = { instancePath: instancePath + "/impact/summary", schemaPath: "#/properties/impact/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.impact.properties.summary.type, parentSchema: schema31.properties.impact.properties.summary, data: data31 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data30.users_affected !== void 0) {
          let data32 = data30.users_affected;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err88 = { instancePath: instancePath + "/impact/users_affected", schemaPath: "#/properties/impact/properties/users_affected/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.impact.properties.users_affected.type, parentSchema: schema31.properties.impact.properties.users_affected, data: data32 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err89 = { instancePath: instancePath + "/impact/users_affected", schemaPath: "#/properties/impact/properties/users_affected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.impact.properties.users_affected, data: data32 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
        }
        if (data30.revenue_impact !== void 0) {
          let data33 = data30.revenue_impact;
          if (typeof data33 !== "string") {
            const err90 = { instancePath: instancePath + "/impact/revenue_impact", schemaPath: "#/properties/impact/properties/revenue_impact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.impact.properties.revenue_impact.type, parentSchema: schema31.properties.impact.properties.revenue_impact, data: data33 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/impact", schemaPath: "#/properties/impact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.impact.type, parentSchema: schema31.properties.impact, data: data30 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.contributing_factors !== void 0) {
      let data34 = data.contributing_factors;
      if (Array.isArray(data34)) {
        const len4 = data34.length;
        for (let i7 = 0; i7 < len4; i7++) {
          let data35 = data34[i7];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.category === void 0) {
              const err92 = { instancePath: instancePath + "/contributing_factors/" + i7, schemaPath: "#/properties/contributing_factors/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema31.properties.contributing_factors.items.required, parentSchema: schema31.properties.contributing_factors.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data35.description === void 0) {
              const err93 = { instancePath: instancePath + "/contributing_factors/" + i7, schemaPath: "#/properties/contributing_factors/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema31.properties.contributing_factors.items.required, parentSchema: schema31.properties.contributing_factors.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            for (const key4 in data35) {
              if (!(key4 === "category" || key4 === "description")) {
                const err94 = { instancePath: instancePath + "/contributing_factors/" + i7, schemaPath: "#/properties/contributing_factors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.contributing_factors.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data35.category !== void 0) {
              let data36 = data35.category;
              if (typeof data36 !== "string") {
                const err95 = { instancePath: instancePath + "/contributing_factors/" + i7 + "/category", schemaPath: "#/properties/contributing_factors/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.contributing_factors.items.properties.category.type, parentSchema: schema31.properties.contributing_factors.items.properties.category, data: data36 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data35.description !== void 0) {
              let data37 = data35.description;
              if (typeof data37 === "string") {
                if (func2(data37) < 1) {
                  const err96 = { instancePath: instancePath + "/contributing_factors/" + i7 + "/description", schemaPath: "#/properties/contributing_factors/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.contributing_factors.items.properties.description, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/contributing_factors/" + i7 + "/description", schemaPath: "#/properties/contributing_factors/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.contributing_factors.items.properties.description.type, parentSchema: schema31.properties.contributing_factors.items.properties.description, data: data37 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/contributing_factors/" + i7, schemaPath: "#/properties/contributing_factors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.contributing_factors.items.type, parentSchema: schema31.properties.contributing_factors.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/contributing_factors", schemaPath: "#/properties/contributing_factors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.contributing_factors.type, parentSchema: schema31.properties.contributing_factors, data: data34 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.mitigation !== void 0) {
      let data38 = data.mitigation;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key5 in data38) {
          if (!(key5 === "techniques" || key5 === "automated")) {
            const err100 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.mitigation, data: data38 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data38.techniques !== void 0) {
          let data39 = data38.techniques;
          if (Array.isArray(data39)) {
            const len5 = data39.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data40 = data39[i8];
              if (!(data40 === "rollback" || data40 === "traffic-shift" || data40 === "feature-flag" || data40 === "failover" || data40 === "scale-up" || data40 === "circuit-breaker" || data40 === "restart" || data40 === "manual-fix" || data40 === "other")) {
                const err101 = { instancePath: instancePath + "/mitigation/techniques/" + i8, schemaPath: "#/properties/mitigation/properties/techniques/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.mitigation.properties.techniques.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.mitigation.properties.techniques.items.enum, parentSchema: schema31.properties.mitigation.properties.techniques.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            let i9 = data39.length;
            let j3;
            if (i9 > 1) {
              outer1: for (; i9--; ) {
                for (j3 = i9; j3--; ) {
                  if (func0(data39[i9], data39[j3])) {
                    const err102 = { instancePath: instancePath + "/mitigation/techniques", schemaPath: "#/properties/mitigation/properties/techniques/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema31.properties.mitigation.properties.techniques, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/mitigation/techniques", schemaPath: "#/properties/mitigation/properties/techniques/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.mitigation.properties.techniques.type, parentSchema: schema31.properties.mitigation.properties.techniques, data: data39 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data38.automated !== void 0) {
          let data41 = data38.automated;
          if (typeof data41 !== "boolean") {
            const err104 = { instancePath: instancePath + "/mitigation/automated", schemaPath: "#/properties/mitigation/properties/automated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.mitigation.properties.automated.type, parentSchema: schema31.properties.mitigation.properties.automated, data: data41 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.mitigation.type, parentSchema: schema31.properties.mitigation, data: data38 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.repeat_of !== void 0) {
      let data42 = data.repeat_of;
      if (typeof data42 !== "string") {
        const err106 = { instancePath: instancePath + "/repeat_of", schemaPath: "#/properties/repeat_of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.repeat_of.type, parentSchema: schema31.properties.repeat_of, data: data42 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.related !== void 0) {
      let data43 = data.related;
      if (Array.isArray(data43)) {
        const len6 = data43.length;
        for (let i10 = 0; i10 < len6; i10++) {
          let data44 = data43[i10];
          if (typeof data44 !== "string") {
            const err107 = { instancePath: instancePath + "/related/" + i10, schemaPath: "#/properties/related/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.related.items.type, parentSchema: schema31.properties.related.items, data: data44 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        let i11 = data43.length;
        let j4;
        if (i11 > 1) {
          const indices2 = {};
          for (; i11--; ) {
            let item2 = data43[i11];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j4 = indices2[item2];
              const err108 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)", schema: true, parentSchema: schema31.properties.related, data: data43 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
              break;
            }
            indices2[item2] = i11;
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.related.type, parentSchema: schema31.properties.related, data: data43 };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.follow_ups !== void 0) {
      let data45 = data.follow_ups;
      if (Array.isArray(data45)) {
        const len7 = data45.length;
        for (let i12 = 0; i12 < len7; i12++) {
          if (!validate21(data45[i12], { instancePath: instancePath + "/follow_ups/" + i12, parentData: data45, parentDataProperty: i12, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err110 = { instancePath: instancePath + "/follow_ups", schemaPath: "#/properties/follow_ups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.follow_ups.type, parentSchema: schema31.properties.follow_ups, data: data45 };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.no_follow_ups_reason !== void 0) {
      let data47 = data.no_follow_ups_reason;
      if (typeof data47 === "string") {
        if (func2(data47) < 1) {
          const err111 = { instancePath: instancePath + "/no_follow_ups_reason", schemaPath: "#/properties/no_follow_ups_reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.no_follow_ups_reason, data: data47 };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
      } else {
        const err112 = { instancePath: instancePath + "/no_follow_ups_reason", schemaPath: "#/properties/no_follow_ups_reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.no_follow_ups_reason.type, parentSchema: schema31.properties.no_follow_ups_reason, data: data47 };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.review !== void 0) {
      let data48 = data.review;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        for (const key6 in data48) {
          if (!(key6 === "date" || key6 === "facilitator" || key6 === "attendees")) {
            const err113 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.review, data: data48 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data48.date !== void 0) {
          let data49 = data48.date;
          if (typeof data49 === "string") {
            if (!formats0.validate(data49)) {
              const err114 = { instancePath: instancePath + "/review/date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema42, data: data49 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          } else {
            const err115 = { instancePath: instancePath + "/review/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data49 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data48.facilitator !== void 0) {
          let data50 = data48.facilitator;
          if (typeof data50 === "string") {
            if (!pattern8.test(data50)) {
              const err116 = { instancePath: instancePath + "/review/facilitator", schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data50 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          } else {
            const err117 = { instancePath: instancePath + "/review/facilitator", schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data50 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data48.attendees !== void 0) {
          let data51 = data48.attendees;
          if (Array.isArray(data51)) {
            const len8 = data51.length;
            for (let i13 = 0; i13 < len8; i13++) {
              let data52 = data51[i13];
              if (typeof data52 === "string") {
                if (!pattern8.test(data52)) {
                  const err118 = { instancePath: instancePath + "/review/attendees/" + i13, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema36, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              } else {
                const err119 = { instancePath: instancePath + "/review/attendees/" + i13, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data52 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            let i14 = data51.length;
            let j5;
            if (i14 > 1) {
              outer2: for (; i14--; ) {
                for (j5 = i14; j5--; ) {
                  if (func0(data51[i14], data51[j5])) {
                    const err120 = { instancePath: instancePath + "/review/attendees", schemaPath: "#/properties/review/properties/attendees/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i14 + " are identical)", schema: true, parentSchema: schema31.properties.review.properties.attendees, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                    break outer2;
                  }
                }
              }
            }
          } else {
            const err121 = { instancePath: instancePath + "/review/attendees", schemaPath: "#/properties/review/properties/attendees/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.review.properties.attendees.type, parentSchema: schema31.properties.review.properties.attendees, data: data51 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
      } else {
        const err122 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.review.type, parentSchema: schema31.properties.review, data: data48 };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data53 = data.source;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        if (data53.format === void 0) {
          const err123 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema31.properties.source.required, parentSchema: schema31.properties.source, data: data53 };
          if (vErrors === null) {
            vErrors = [err123];
          } else {
            vErrors.push(err123);
          }
          errors++;
        }
        for (const key7 in data53) {
          if (!(key7 === "format" || key7 === "path" || key7 === "url" || key7 === "id" || key7 === "unmapped" || key7 === "digest")) {
            const err124 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.source, data: data53 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data53.format !== void 0) {
          let data54 = data53.format;
          if (!(data54 === "markdown" || data54 === "statuspage" || data54 === "csv")) {
            const err125 = { instancePath: instancePath + "/source/format", schemaPath: "#/properties/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.properties.source.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.source.properties.format.enum, parentSchema: schema31.properties.source.properties.format, data: data54 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data53.path !== void 0) {
          let data55 = data53.path;
          if (typeof data55 === "string") {
            if (func2(data55) < 1) {
              const err126 = { instancePath: instancePath + "/source/path", schemaPath: "#/properties/source/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source.properties.path, data: data55 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          } else {
            const err127 = { instancePath: instancePath + "/source/path", schemaPath: "#/properties/source/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.properties.path.type, parentSchema: schema31.properties.source.properties.path, data: data55 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data53.url !== void 0) {
          let data56 = data53.url;
          if (typeof data56 === "string") {
            if (func2(data56) < 1) {
              const err128 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source.properties.url, data: data56 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
          } else {
            const err129 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.properties.url.type, parentSchema: schema31.properties.source.properties.url, data: data56 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data53.id !== void 0) {
          let data57 = data53.id;
          if (typeof data57 === "string") {
            if (func2(data57) < 1) {
              const err130 = { instancePath: instancePath + "/source/id", schemaPath: "#/properties/source/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source.properties.id, data: data57 };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
          } else {
            const err131 = { instancePath: instancePath + "/source/id", schemaPath: "#/properties/source/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.properties.id.type, parentSchema: schema31.properties.source.properties.id, data: data57 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data53.unmapped !== void 0) {
          let data58 = data53.unmapped;
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            for (const key8 in data58) {
              let data59 = data58[key8];
              if (typeof data59 !== "string") {
                const err132 = { instancePath: instancePath + "/source/unmapped/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/source/properties/unmapped/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.properties.unmapped.additionalProperties.type, parentSchema: schema31.properties.source.properties.unmapped.additionalProperties, data: data59 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/source/unmapped", schemaPath: "#/properties/source/properties/unmapped/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.source.properties.unmapped.type, parentSchema: schema31.properties.source.properties.unmapped, data: data58 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (data53.digest !== void 0) {
          let data60 = data53.digest;
          if (typeof data60 === "string") {
            if (!pattern16.test(data60)) {
              const err134 = { instancePath: instancePath + "/source/digest", schemaPath: "#/properties/source/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema31.properties.source.properties.digest, data: data60 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          } else {
            const err135 = { instancePath: instancePath + "/source/digest", schemaPath: "#/properties/source/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source.properties.digest.type, parentSchema: schema31.properties.source.properties.digest, data: data60 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.source.type, parentSchema: schema31.properties.source, data: data53 };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
  } else {
    const err137 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err137];
    } else {
      vErrors.push(err137);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate23;
var schema47 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://incidents-as-code.dev/schemas/config.schema.json", "title": "incidents-as-code configuration (.incidents.yml)", "description": "Optional. Every key has a default; a repository without .incidents.yml works.", "type": "object", "additionalProperties": false, "properties": { "incidents_dir": { "description": "Folder that holds incident files (any *.md below it, except under reviews_dir). Default: incidents.", "type": "string", "minLength": 1, "examples": ["incidents"] }, "reviews_dir": { "description": "Folder for batch review records. Default: <incidents_dir>/reviews.", "type": "string", "minLength": 1, "examples": ["incidents/reviews"] }, "id_pattern": { "description": "Regular expression every incident id must match. Default: a date and a lowercase slug.", "type": "string", "format": "regex", "examples": ["^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$"] }, "severities": { "description": "The severity levels, most severe first, with what each requires. Default: SEV1 to SEV4.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "description": "The value written in an incident's `severity`.", "type": "string", "minLength": 1, "examples": ["SEV1"] }, "description": { "description": "What this severity means, in words a responder can apply under stress.", "type": "string" }, "review_within": { "$ref": "#/$defs/duration", "description": "How soon after resolution the review must happen, for example 5d." }, "review_sections": { "description": "Body headings a reviewed incident of this severity must have (case and heading level do not matter).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "examples": [["Summary", "Impact", "Timeline", "Contributing factors", "Follow-ups"]] } } } }, "categories": { "description": "The taxonomy for `categories` and contributing-factor categories. Default: deploy, config, capacity, database, dependency, third-party, certificate, network, data, security, monitoring.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "description": "The value written in an incident.", "type": "string", "minLength": 1, "examples": ["deploy"] }, "description": { "description": "What belongs in this category.", "type": "string" } } } }, "services": { "description": "The service catalog. When present, an incident's `services` must come from it. Default: none (any service name is accepted).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "description": "The value written in an incident's `services`.", "type": "string", "minLength": 1, "examples": ["checkout"] }, "owner": { "description": "Owning team or person (@org/team or @user).", "type": "string", "examples": ["@acme/payments"] }, "tier": { "description": "Criticality: 1 is most critical.", "type": "integer", "minimum": 1, "maximum": 5 } } } }, "follow_ups": { "description": "How follow-ups are filed as GitHub issues.", "type": "object", "additionalProperties": false, "properties": { "label": { "description": "Label every filed issue carries; used to find them again. Default: follow-up.", "type": "string", "minLength": 1 }, "repo": { "description": "owner/name of a separate tracker repository. Default: the repository the Action runs in.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "title_template": { "description": "Issue title; {incident} and {title} are replaced. Default: [{incident}] {title}.", "type": "string", "minLength": 1 }, "assign_owner": { "description": "Assign the follow-up's owner when it is a user handle. Default: true.", "type": "boolean" }, "on_removed": { "description": "What happens to an issue whose follow-up was removed from its file: close (as not planned, with a comment) or leave-open. Default: close.", "enum": ["close", "leave-open"] }, "reopen": { "description": "Reopen a closed issue whose follow-up is still open in its file. Default: false.", "type": "boolean" }, "file_done": { "description": "File follow-ups the file already marks done or not-planned (filed, then closed at once, which notifies their owners). Default: false: they are left unfiled, and an issue already filed for one is still closed.", "type": "boolean" }, "file_historical": { "description": "File the follow-ups of historical records (historical: true, as imports write). Default: false.", "type": "boolean" }, "file_from": { "description": "File follow-ups only of incidents that started on or after this day (YYYY-MM-DD): history before it is left unfiled. Default: no such day.", "type": "string", "format": "date", "examples": ["2026-01-01"] }, "labels": { "description": "Extra labels by follow-up type, priority and incident severity.", "type": "object", "additionalProperties": false, "properties": { "type": { "description": "Follow-up type -> label.", "type": "object", "additionalProperties": { "type": "string" } }, "priority": { "description": "Priority -> label.", "type": "object", "additionalProperties": { "type": "string" } }, "severity": { "description": "Incident severity -> label.", "type": "object", "additionalProperties": { "type": "string" } } } } } }, "goals": { "description": "The investment thesis: what the organisation wants from its reliability work, compared in every batch review.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "metric", "target"], "properties": { "name": { "description": "A short name people recognise.", "type": "string", "minLength": 1 }, "metric": { "description": "What is measured.", "enum": ["incident_count", "time_to_detect", "time_to_mitigate", "time_to_resolve", "follow_up_completion", "customer_detected_share", "repeat_share"] }, "stat": { "description": "For durations: which statistic. Default: p50.", "enum": ["p50", "p90"] }, "where": { "description": "Which incidents count.", "type": "object", "additionalProperties": false, "properties": { "severity": { "description": "Only these severities.", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "categories": { "description": "Only incidents with one of these categories.", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "services": { "description": "Only incidents touching one of these services.", "type": "array", "items": { "type": "string" }, "minItems": 1 } } }, "per": { "description": "For counts: the period the target applies to. Default: the review period.", "enum": ["month", "quarter", "year"] }, "within": { "$ref": "#/$defs/duration", "description": "For follow_up_completion: done within this long after the incident." }, "target": { "description": 'A comparison and a value: a count ("<= 2"), a duration ("<= 30m", "< 2h") or a share (">= 80%").', "type": "string", "pattern": "^\\s*(<=|>=|<|>|==)\\s*\\d+(\\.\\d+)?\\s*(%|m|h|d)?\\s*$", "examples": ["<= 2", "<= 30m", ">= 80%"] } } } }, "section_aliases": { "description": "Other headings that count as a review section: the section's name -> the headings your documents use for it (any level or case; a trailing '(...)' is ignored). Added to the built-in ones, such as Root causes for Contributing factors and Action items for Follow-ups.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "examples": [{ "Contributing factors": ["Findings", "What caused it"], "Follow-ups": ["Remediations"] }] }, "import": { "description": "How `incidents import` maps the values of other tools and documents to this program's.", "type": "object", "additionalProperties": false, "properties": { "severities": { "description": "A source's severity or impact (as written, any case) -> one of the severities above. Default: critical, major, minor and none map to SEV1 to SEV4 where those exist, and a value that is a severity's id in other spelling (Sev-1, sev 1) maps to it.", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "examples": [{ "Sev 0": "SEV1", "P1": "SEV1", "critical": "SEV1" }] }, "services": { "description": "A source's service or component name (any case) -> a service id of the catalog.", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 }, "examples": [{ "Web Dashboard": "web-storefront" }] } } }, "review": { "description": "How the batch review reads the history.", "type": "object", "additionalProperties": false, "properties": { "program_start": { "description": "The day the incident program started recording. Baselines and trends begin here (default: the first incident's day): the review never compares with periods before it.", "type": "string", "format": "date", "examples": ["2025-01-01"] }, "repeat_window": { "$ref": "#/$defs/duration", "description": "How far back an earlier incident can be inferred to be repeated. Default: 180d." }, "recurring": { "description": "Recurring remediations: themes people pinned, and follow-ups that must never share a theme.", "type": "object", "additionalProperties": false, "properties": { "themes": { "description": "Pinned themes: a follow-up whose title contains one of the patterns belongs to the theme, whatever the grouping would do.", "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["name", "patterns"], "properties": { "name": { "description": "The theme's name in the review.", "type": "string", "minLength": 1, "maxLength": 100 }, "patterns": { "$ref": "#/$defs/phrases" } } }, "examples": [[{ "name": "log shipping alerts", "patterns": ["logs not shipped", "fluentd"] }]] }, "separate": { "description": "Follow-ups that never share a theme: each entry lists two or more pattern lists, and a follow-up matching one list is never grouped with one matching another.", "type": "array", "maxItems": 200, "items": { "type": "array", "minItems": 2, "maxItems": 20, "items": { "$ref": "#/$defs/phrases" } }, "examples": [[[["release notes"], ["hotfix", "hotfixes"]]]] } } } } } }, "$defs": { "phrases": { "description": "Words or phrases, matched whole-word and case-insensitively in follow-up titles.", "type": "array", "minItems": 1, "maxItems": 50, "items": { "type": "string", "minLength": 1, "maxLength": 200 } }, "duration": { "type": "string", "pattern": "^\\d+(m|h|d|w)$", "examples": ["30m", "4h", "5d", "2w"] } } };
var schema48 = { "type": "string", "pattern": "^\\d+(m|h|d|w)$", "examples": ["30m", "4h", "5d", "2w"] };
var schema51 = { "description": "Words or phrases, matched whole-word and case-insensitively in follow-up titles.", "type": "array", "minItems": 1, "maxItems": 50, "items": { "type": "string", "minLength": 1, "maxLength": 200 } };
var formats22 = require_formats().fullFormats.regex;
var pattern17 = new RegExp("^\\d+(m|h|d|w)$", "u");
var pattern18 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern20 = new RegExp("^\\s*(<=|>=|<|>|==)\\s*\\d+(\\.\\d+)?\\s*(%|m|h|d)?\\s*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema47.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.incidents_dir !== void 0) {
      let data0 = data.incidents_dir;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/incidents_dir", schemaPath: "#/properties/incidents_dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.incidents_dir, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/incidents_dir", schemaPath: "#/properties/incidents_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.incidents_dir.type, parentSchema: schema47.properties.incidents_dir, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reviews_dir !== void 0) {
      let data1 = data.reviews_dir;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err3 = { instancePath: instancePath + "/reviews_dir", schemaPath: "#/properties/reviews_dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.reviews_dir, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/reviews_dir", schemaPath: "#/properties/reviews_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.reviews_dir.type, parentSchema: schema47.properties.reviews_dir, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id_pattern !== void 0) {
      let data2 = data.id_pattern;
      if (typeof data2 === "string") {
        if (!formats22(data2)) {
          const err5 = { instancePath: instancePath + "/id_pattern", schemaPath: "#/properties/id_pattern/format", keyword: "format", params: { format: "regex" }, message: 'must match format "regex"', schema: "regex", parentSchema: schema47.properties.id_pattern, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id_pattern", schemaPath: "#/properties/id_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.id_pattern.type, parentSchema: schema47.properties.id_pattern, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.severities !== void 0) {
      let data3 = data.severities;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err7 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.severities, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err8 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema47.properties.severities.items.required, parentSchema: schema47.properties.severities.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "id" || key1 === "description" || key1 === "review_within" || key1 === "review_sections")) {
                const err9 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.severities.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err10 = { instancePath: instancePath + "/severities/" + i0 + "/id", schemaPath: "#/properties/severities/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.severities.items.properties.id, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/severities/" + i0 + "/id", schemaPath: "#/properties/severities/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.severities.items.properties.id.type, parentSchema: schema47.properties.severities.items.properties.id, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data6 = data4.description;
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/severities/" + i0 + "/description", schemaPath: "#/properties/severities/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.severities.items.properties.description.type, parentSchema: schema47.properties.severities.items.properties.description, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.review_within !== void 0) {
              let data7 = data4.review_within;
              if (typeof data7 === "string") {
                if (!pattern17.test(data7)) {
                  const err13 = { instancePath: instancePath + "/severities/" + i0 + "/review_within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(m|h|d|w)$" }, message: 'must match pattern "^\\d+(m|h|d|w)$"', schema: "^\\d+(m|h|d|w)$", parentSchema: schema48, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/severities/" + i0 + "/review_within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.review_sections !== void 0) {
              let data8 = data4.review_sections;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err15 = { instancePath: instancePath + "/severities/" + i0 + "/review_sections/" + i1, schemaPath: "#/properties/severities/items/properties/review_sections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.severities.items.properties.review_sections.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/severities/" + i0 + "/review_sections/" + i1, schemaPath: "#/properties/severities/items/properties/review_sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.severities.items.properties.review_sections.items.type, parentSchema: schema47.properties.severities.items.properties.review_sections.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                let i2 = data8.length;
                let j0;
                if (i2 > 1) {
                  const indices0 = {};
                  for (; i2--; ) {
                    let item0 = data8[i2];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err17 = { instancePath: instancePath + "/severities/" + i0 + "/review_sections", schemaPath: "#/properties/severities/items/properties/review_sections/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema47.properties.severities.items.properties.review_sections, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i2;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/severities/" + i0 + "/review_sections", schemaPath: "#/properties/severities/items/properties/review_sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.severities.items.properties.review_sections.type, parentSchema: schema47.properties.severities.items.properties.review_sections, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.severities.items.type, parentSchema: schema47.properties.severities.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.severities.type, parentSchema: schema47.properties.severities, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.categories !== void 0) {
      let data10 = data.categories;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err21 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.categories, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.id === void 0) {
              const err22 = { instancePath: instancePath + "/categories/" + i3, schemaPath: "#/properties/categories/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema47.properties.categories.items.required, parentSchema: schema47.properties.categories.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key2 in data11) {
              if (!(key2 === "id" || key2 === "description")) {
                const err23 = { instancePath: instancePath + "/categories/" + i3, schemaPath: "#/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.categories.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data11.id !== void 0) {
              let data12 = data11.id;
              if (typeof data12 === "string") {
                if (func2(data12) < 1) {
                  const err24 = { instancePath: instancePath + "/categories/" + i3 + "/id", schemaPath: "#/properties/categories/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.categories.items.properties.id, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/categories/" + i3 + "/id", schemaPath: "#/properties/categories/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.categories.items.properties.id.type, parentSchema: schema47.properties.categories.items.properties.id, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.description !== void 0) {
              let data13 = data11.description;
              if (typeof data13 !== "string") {
                const err26 = { instancePath: instancePath + "/categories/" + i3 + "/description", schemaPath: "#/properties/categories/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.categories.items.properties.description.type, parentSchema: schema47.properties.categories.items.properties.description, data: data13 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/categories/" + i3, schemaPath: "#/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.categories.items.type, parentSchema: schema47.properties.categories.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.categories.type, parentSchema: schema47.properties.categories, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data14 = data.services;
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data15 = data14[i4];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.id === void 0) {
              const err29 = { instancePath: instancePath + "/services/" + i4, schemaPath: "#/properties/services/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema47.properties.services.items.required, parentSchema: schema47.properties.services.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!(key3 === "id" || key3 === "owner" || key3 === "tier")) {
                const err30 = { instancePath: instancePath + "/services/" + i4, schemaPath: "#/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.services.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.id !== void 0) {
              let data16 = data15.id;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err31 = { instancePath: instancePath + "/services/" + i4 + "/id", schemaPath: "#/properties/services/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.services.items.properties.id, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/services/" + i4 + "/id", schemaPath: "#/properties/services/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.services.items.properties.id.type, parentSchema: schema47.properties.services.items.properties.id, data: data16 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data15.owner !== void 0) {
              let data17 = data15.owner;
              if (typeof data17 !== "string") {
                const err33 = { instancePath: instancePath + "/services/" + i4 + "/owner", schemaPath: "#/properties/services/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.services.items.properties.owner.type, parentSchema: schema47.properties.services.items.properties.owner, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data15.tier !== void 0) {
              let data18 = data15.tier;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err34 = { instancePath: instancePath + "/services/" + i4 + "/tier", schemaPath: "#/properties/services/items/properties/tier/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.services.items.properties.tier.type, parentSchema: schema47.properties.services.items.properties.tier, data: data18 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 > 5 || isNaN(data18)) {
                  const err35 = { instancePath: instancePath + "/services/" + i4 + "/tier", schemaPath: "#/properties/services/items/properties/tier/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema47.properties.services.items.properties.tier, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data18 < 1 || isNaN(data18)) {
                  const err36 = { instancePath: instancePath + "/services/" + i4 + "/tier", schemaPath: "#/properties/services/items/properties/tier/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema47.properties.services.items.properties.tier, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/services/" + i4, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.services.items.type, parentSchema: schema47.properties.services.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.services.type, parentSchema: schema47.properties.services, data: data14 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.follow_ups !== void 0) {
      let data19 = data.follow_ups;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key4 in data19) {
          if (!func1.call(schema47.properties.follow_ups.properties, key4)) {
            const err39 = { instancePath: instancePath + "/follow_ups", schemaPath: "#/properties/follow_ups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.follow_ups, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data19.label !== void 0) {
          let data20 = data19.label;
          if (typeof data20 === "string") {
            if (func2(data20) < 1) {
              const err40 = { instancePath: instancePath + "/follow_ups/label", schemaPath: "#/properties/follow_ups/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.follow_ups.properties.label, data: data20 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/follow_ups/label", schemaPath: "#/properties/follow_ups/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.label.type, parentSchema: schema47.properties.follow_ups.properties.label, data: data20 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data19.repo !== void 0) {
          let data21 = data19.repo;
          if (typeof data21 === "string") {
            if (!pattern18.test(data21)) {
              const err42 = { instancePath: instancePath + "/follow_ups/repo", schemaPath: "#/properties/follow_ups/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema47.properties.follow_ups.properties.repo, data: data21 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/follow_ups/repo", schemaPath: "#/properties/follow_ups/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.repo.type, parentSchema: schema47.properties.follow_ups.properties.repo, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data19.title_template !== void 0) {
          let data22 = data19.title_template;
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err44 = { instancePath: instancePath + "/follow_ups/title_template", schemaPath: "#/properties/follow_ups/properties/title_template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.follow_ups.properties.title_template, data: data22 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/follow_ups/title_template", schemaPath: "#/properties/follow_ups/properties/title_template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.title_template.type, parentSchema: schema47.properties.follow_ups.properties.title_template, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data19.assign_owner !== void 0) {
          let data23 = data19.assign_owner;
          if (typeof data23 !== "boolean") {
            const err46 = { instancePath: instancePath + "/follow_ups/assign_owner", schemaPath: "#/properties/follow_ups/properties/assign_owner/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.follow_ups.properties.assign_owner.type, parentSchema: schema47.properties.follow_ups.properties.assign_owner, data: data23 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19.on_removed !== void 0) {
          let data24 = data19.on_removed;
          if (!(data24 === "close" || data24 === "leave-open")) {
            const err47 = { instancePath: instancePath + "/follow_ups/on_removed", schemaPath: "#/properties/follow_ups/properties/on_removed/enum", keyword: "enum", params: { allowedValues: schema47.properties.follow_ups.properties.on_removed.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.follow_ups.properties.on_removed.enum, parentSchema: schema47.properties.follow_ups.properties.on_removed, data: data24 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data19.reopen !== void 0) {
          let data25 = data19.reopen;
          if (typeof data25 !== "boolean") {
            const err48 = { instancePath: instancePath + "/follow_ups/reopen", schemaPath: "#/properties/follow_ups/properties/reopen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.follow_ups.properties.reopen.type, parentSchema: schema47.properties.follow_ups.properties.reopen, data: data25 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data19.file_done !== void 0) {
          let data26 = data19.file_done;
          if (typeof data26 !== "boolean") {
            const err49 = { instancePath: instancePath + "/follow_ups/file_done", schemaPath: "#/properties/follow_ups/properties/file_done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.follow_ups.properties.file_done.type, parentSchema: schema47.properties.follow_ups.properties.file_done, data: data26 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data19.file_historical !== void 0) {
          let data27 = data19.file_historical;
          if (typeof data27 !== "boolean") {
            const err50 = { instancePath: instancePath + "/follow_ups/file_historical", schemaPath: "#/properties/follow_ups/properties/file_historical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.follow_ups.properties.file_historical.type, parentSchema: schema47.properties.follow_ups.properties.file_historical, data: data27 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data19.file_from !== void 0) {
          let data28 = data19.file_from;
          if (typeof data28 === "string") {
            if (!formats0.validate(data28)) {
              const err51 = { instancePath: instancePath + "/follow_ups/file_from", schemaPath: "#/properties/follow_ups/properties/file_from/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema47.properties.follow_ups.properties.file_from, data: data28 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/follow_ups/file_from", schemaPath: "#/properties/follow_ups/properties/file_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.file_from.type, parentSchema: schema47.properties.follow_ups.properties.file_from, data: data28 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data19.labels !== void 0) {
          let data29 = data19.labels;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key5 in data29) {
              if (!(key5 === "type" || key5 === "priority" || key5 === "severity")) {
                const err53 = { instancePath: instancePath + "/follow_ups/labels", schemaPath: "#/properties/follow_ups/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.follow_ups.properties.labels, data: data29 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data29.type !== void 0) {
              let data30 = data29.type;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (const key6 in data30) {
                  let data31 = data30[key6];
                  if (typeof data31 !== "string") {
                    const err54 = { instancePath: instancePath + "/follow_ups/labels/type/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/follow_ups/properties/labels/properties/type/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.labels.properties.type.additionalProperties.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.type.additionalProperties, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/follow_ups/labels/type", schemaPath: "#/properties/follow_ups/properties/labels/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.follow_ups.properties.labels.properties.type.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.type, data: data30 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data29.priority !== void 0) {
              let data32 = data29.priority;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (const key7 in data32) {
                  let data33 = data32[key7];
                  if (typeof data33 !== "string") {
                    const err56 = { instancePath: instancePath + "/follow_ups/labels/priority/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/follow_ups/properties/labels/properties/priority/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.labels.properties.priority.additionalProperties.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.priority.additionalProperties, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = { instancePath: instancePath + "/follow_ups/labels/priority", schemaPath: "#/properties/follow_ups/properties/labels/properties/priority/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.follow_ups.properties.labels.properties.priority.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.priority, data: data32 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data29.severity !== void 0) {
              let data34 = data29.severity;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key8 in data34) {
                  let data35 = data34[key8];
                  if (typeof data35 !== "string") {
                    const err58 = { instancePath: instancePath + "/follow_ups/labels/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/follow_ups/properties/labels/properties/severity/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.follow_ups.properties.labels.properties.severity.additionalProperties.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.severity.additionalProperties, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/follow_ups/labels/severity", schemaPath: "#/properties/follow_ups/properties/labels/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.follow_ups.properties.labels.properties.severity.type, parentSchema: schema47.properties.follow_ups.properties.labels.properties.severity, data: data34 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/follow_ups/labels", schemaPath: "#/properties/follow_ups/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.follow_ups.properties.labels.type, parentSchema: schema47.properties.follow_ups.properties.labels, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/follow_ups", schemaPath: "#/properties/follow_ups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.follow_ups.type, parentSchema: schema47.properties.follow_ups, data: data19 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.goals !== void 0) {
      let data36 = data.goals;
      if (Array.isArray(data36)) {
        const len4 = data36.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data37 = data36[i5];
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.name === void 0) {
              const err62 = { instancePath: instancePath + "/goals/" + i5, schemaPath: "#/properties/goals/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.properties.goals.items.required, parentSchema: schema47.properties.goals.items, data: data37 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data37.metric === void 0) {
              const err63 = { instancePath: instancePath + "/goals/" + i5, schemaPath: "#/properties/goals/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema47.properties.goals.items.required, parentSchema: schema47.properties.goals.items, data: data37 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data37.target === void 0) {
              const err64 = { instancePath: instancePath + "/goals/" + i5, schemaPath: "#/properties/goals/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema47.properties.goals.items.required, parentSchema: schema47.properties.goals.items, data: data37 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key9 in data37) {
              if (!(key9 === "name" || key9 === "metric" || key9 === "stat" || key9 === "where" || key9 === "per" || key9 === "within" || key9 === "target")) {
                const err65 = { instancePath: instancePath + "/goals/" + i5, schemaPath: "#/properties/goals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.goals.items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data37.name !== void 0) {
              let data38 = data37.name;
              if (typeof data38 === "string") {
                if (func2(data38) < 1) {
                  const err66 = { instancePath: instancePath + "/goals/" + i5 + "/name", schemaPath: "#/properties/goals/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.goals.items.properties.name, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/goals/" + i5 + "/name", schemaPath: "#/properties/goals/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.goals.items.properties.name.type, parentSchema: schema47.properties.goals.items.properties.name, data: data38 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data37.metric !== void 0) {
              let data39 = data37.metric;
              if (!(data39 === "incident_count" || data39 === "time_to_detect" || data39 === "time_to_mitigate" || data39 === "time_to_resolve" || data39 === "follow_up_completion" || data39 === "customer_detected_share" || data39 === "repeat_share")) {
                const err68 = { instancePath: instancePath + "/goals/" + i5 + "/metric", schemaPath: "#/properties/goals/items/properties/metric/enum", keyword: "enum", params: { allowedValues: schema47.properties.goals.items.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.goals.items.properties.metric.enum, parentSchema: schema47.properties.goals.items.properties.metric, data: data39 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data37.stat !== void 0) {
              let data40 = data37.stat;
              if (!(data40 === "p50" || data40 === "p90")) {
                const err69 = { instancePath: instancePath + "/goals/" + i5 + "/stat", schemaPath: "#/properties/goals/items/properties/stat/enum", keyword: "enum", params: { allowedValues: schema47.properties.goals.items.properties.stat.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.goals.items.properties.stat.enum, parentSchema: schema47.properties.goals.items.properties.stat, data: data40 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data37.where !== void 0) {
              let data41 = data37.where;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key10 in data41) {
                  if (!(key10 === "severity" || key10 === "categories" || key10 === "services")) {
                    const err70 = { instancePath: instancePath + "/goals/" + i5 + "/where", schemaPath: "#/properties/goals/items/properties/where/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.goals.items.properties.where, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data41.severity !== void 0) {
                  let data42 = data41.severity;
                  if (Array.isArray(data42)) {
                    if (data42.length < 1) {
                      const err71 = { instancePath: instancePath + "/goals/" + i5 + "/where/severity", schemaPath: "#/properties/goals/items/properties/where/properties/severity/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.goals.items.properties.where.properties.severity, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    const len5 = data42.length;
                    for (let i6 = 0; i6 < len5; i6++) {
                      let data43 = data42[i6];
                      if (typeof data43 !== "string") {
                        const err72 = { instancePath: instancePath + "/goals/" + i5 + "/where/severity/" + i6, schemaPath: "#/properties/goals/items/properties/where/properties/severity/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.goals.items.properties.where.properties.severity.items.type, parentSchema: schema47.properties.goals.items.properties.where.properties.severity.items, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/goals/" + i5 + "/where/severity", schemaPath: "#/properties/goals/items/properties/where/properties/severity/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.goals.items.properties.where.properties.severity.type, parentSchema: schema47.properties.goals.items.properties.where.properties.severity, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data41.categories !== void 0) {
                  let data44 = data41.categories;
                  if (Array.isArray(data44)) {
                    if (data44.length < 1) {
                      const err74 = { instancePath: instancePath + "/goals/" + i5 + "/where/categories", schemaPath: "#/properties/goals/items/properties/where/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.goals.items.properties.where.properties.categories, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    const len6 = data44.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                      let data45 = data44[i7];
                      if (typeof data45 !== "string") {
                        const err75 = { instancePath: instancePath + "/goals/" + i5 + "/where/categories/" + i7, schemaPath: "#/properties/goals/items/properties/where/properties/categories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.goals.items.properties.where.properties.categories.items.type, parentSchema: schema47.properties.goals.items.properties.where.properties.categories.items, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/goals/" + i5 + "/where/categories", schemaPath: "#/properties/goals/items/properties/where/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.goals.items.properties.where.properties.categories.type, parentSchema: schema47.properties.goals.items.properties.where.properties.categories, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data41.services !== void 0) {
                  let data46 = data41.services;
                  if (Array.isArray(data46)) {
                    if (data46.length < 1) {
                      const err77 = { instancePath: instancePath + "/goals/" + i5 + "/where/services", schemaPath: "#/properties/goals/items/properties/where/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.goals.items.properties.where.properties.services, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    const len7 = data46.length;
                    for (let i8 = 0; i8 < len7; i8++) {
                      let data47 = data46[i8];
                      if (typeof data47 !== "string") {
                        const err78 = { instancePath: instancePath + "/goals/" + i5 + "/where/services/" + i8, schemaPath: "#/properties/goals/items/properties/where/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.goals.items.properties.where.properties.services.items.type, parentSchema: schema47.properties.goals.items.properties.where.properties.services.items, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/goals/" + i5 + "/where/services", schemaPath: "#/properties/goals/items/properties/where/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.goals.items.properties.where.properties.services.type, parentSchema: schema47.properties.goals.items.properties.where.properties.services, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/goals/" + i5 + "/where", schemaPath: "#/properties/goals/items/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.goals.items.properties.where.type, parentSchema: schema47.properties.goals.items.properties.where, data: data41 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data37.per !== void 0) {
              let data48 = data37.per;
              if (!(data48 === "month" || data48 === "quarter" || data48 === "year")) {
                const err81 = { instancePath: instancePath + "/goals/" + i5 + "/per", schemaPath: "#/properties/goals/items/properties/per/enum", keyword: "enum", params: { allowedValues: schema47.properties.goals.items.properties.per.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.goals.items.properties.per.enum, parentSchema: schema47.properties.goals.items.properties.per, data: data48 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data37.within !== void 0) {
              let data49 = data37.within;
              if (typeof data49 === "string") {
                if (!pattern17.test(data49)) {
                  const err82 = { instancePath: instancePath + "/goals/" + i5 + "/within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(m|h|d|w)$" }, message: 'must match pattern "^\\d+(m|h|d|w)$"', schema: "^\\d+(m|h|d|w)$", parentSchema: schema48, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/goals/" + i5 + "/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data49 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data37.target !== void 0) {
              let data50 = data37.target;
              if (typeof data50 === "string") {
                if (!pattern20.test(data50)) {
                  const err84 = { instancePath: instancePath + "/goals/" + i5 + "/target", schemaPath: "#/properties/goals/items/properties/target/pattern", keyword: "pattern", params: { pattern: "^\\s*(<=|>=|<|>|==)\\s*\\d+(\\.\\d+)?\\s*(%|m|h|d)?\\s*$" }, message: 'must match pattern "^\\s*(<=|>=|<|>|==)\\s*\\d+(\\.\\d+)?\\s*(%|m|h|d)?\\s*$"', schema: "^\\s*(<=|>=|<|>|==)\\s*\\d+(\\.\\d+)?\\s*(%|m|h|d)?\\s*$", parentSchema: schema47.properties.goals.items.properties.target, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/goals/" + i5 + "/target", schemaPath: "#/properties/goals/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.goals.items.properties.target.type, parentSchema: schema47.properties.goals.items.properties.target, data: data50 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/goals/" + i5, schemaPath: "#/properties/goals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.goals.items.type, parentSchema: schema47.properties.goals.items, data: data37 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.goals.type, parentSchema: schema47.properties.goals, data: data36 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.section_aliases !== void 0) {
      let data51 = data.section_aliases;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key11 in data51) {
          let data52 = data51[key11];
          if (Array.isArray(data52)) {
            const len8 = data52.length;
            for (let i9 = 0; i9 < len8; i9++) {
              let data53 = data52[i9];
              if (typeof data53 === "string") {
                if (func2(data53) < 1) {
                  const err88 = { instancePath: instancePath + "/section_aliases/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/section_aliases/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.section_aliases.additionalProperties.items, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/section_aliases/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/section_aliases/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.section_aliases.additionalProperties.items.type, parentSchema: schema47.properties.section_aliases.additionalProperties.items, data: data53 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/section_aliases/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/section_aliases/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.section_aliases.additionalProperties.type, parentSchema: schema47.properties.section_aliases.additionalProperties, data: data52 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/section_aliases", schemaPath: "#/properties/section_aliases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.section_aliases.type, parentSchema: schema47.properties.section_aliases, data: data51 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.import !== void 0) {
      let data54 = data.import;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key12 in data54) {
          if (!(key12 === "severities" || key12 === "services")) {
            const err92 = { instancePath: instancePath + "/import", schemaPath: "#/properties/import/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.import, data: data54 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data54.severities !== void 0) {
          let data55 = data54.severities;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            for (const key13 in data55) {
              let data56 = data55[key13];
              if (typeof data56 === "string") {
                if (func2(data56) < 1) {
                  const err93 = { instancePath: instancePath + "/import/severities/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/import/properties/severities/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.import.properties.severities.additionalProperties, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/import/severities/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/import/properties/severities/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.import.properties.severities.additionalProperties.type, parentSchema: schema47.properties.import.properties.severities.additionalProperties, data: data56 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/import/severities", schemaPath: "#/properties/import/properties/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.import.properties.severities.type, parentSchema: schema47.properties.import.properties.severities, data: data55 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data54.services !== void 0) {
          let data57 = data54.services;
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            for (const key14 in data57) {
              let data58 = data57[key14];
              if (typeof data58 === "string") {
                if (func2(data58) < 1) {
                  const err96 = { instancePath: instancePath + "/import/services/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/import/properties/services/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.import.properties.services.additionalProperties, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/import/services/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/import/properties/services/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.import.properties.services.additionalProperties.type, parentSchema: schema47.properties.import.properties.services.additionalProperties, data: data58 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/import/services", schemaPath: "#/properties/import/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.import.properties.services.type, parentSchema: schema47.properties.import.properties.services, data: data57 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/import", schemaPath: "#/properties/import/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.import.type, parentSchema: schema47.properties.import, data: data54 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.review !== void 0) {
      let data59 = data.review;
      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
        for (const key15 in data59) {
          if (!(key15 === "program_start" || key15 === "repeat_window" || key15 === "recurring")) {
            const err100 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.review, data: data59 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data59.program_start !== void 0) {
          let data60 = data59.program_start;
          if (typeof data60 === "string") {
            if (!formats0.validate(data60)) {
              const err101 = { instancePath: instancePath + "/review/program_start", schemaPath: "#/properties/review/properties/program_start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema47.properties.review.properties.program_start, data: data60 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = { instancePath: instancePath + "/review/program_start", schemaPath: "#/properties/review/properties/program_start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.review.properties.program_start.type, parentSchema: schema47.properties.review.properties.program_start, data: data60 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data59.repeat_window !== void 0) {
          let data61 = data59.repeat_window;
          if (typeof data61 === "string") {
            if (!pattern17.test(data61)) {
              const err103 = { instancePath: instancePath + "/review/repeat_window", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(m|h|d|w)$" }, message: 'must match pattern "^\\d+(m|h|d|w)$"', schema: "^\\d+(m|h|d|w)$", parentSchema: schema48, data: data61 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/review/repeat_window", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data61 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data59.recurring !== void 0) {
          let data62 = data59.recurring;
          if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
            for (const key16 in data62) {
              if (!(key16 === "themes" || key16 === "separate")) {
                const err105 = { instancePath: instancePath + "/review/recurring", schemaPath: "#/properties/review/properties/recurring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.review.properties.recurring, data: data62 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data62.themes !== void 0) {
              let data63 = data62.themes;
              if (Array.isArray(data63)) {
                if (data63.length > 200) {
                  const err106 = { instancePath: instancePath + "/review/recurring/themes", schemaPath: "#/properties/review/properties/recurring/properties/themes/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema47.properties.review.properties.recurring.properties.themes, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                const len9 = data63.length;
                for (let i10 = 0; i10 < len9; i10++) {
                  let data64 = data63[i10];
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    if (data64.name === void 0) {
                      const err107 = { instancePath: instancePath + "/review/recurring/themes/" + i10, schemaPath: "#/properties/review/properties/recurring/properties/themes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.properties.review.properties.recurring.properties.themes.items.required, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (data64.patterns === void 0) {
                      const err108 = { instancePath: instancePath + "/review/recurring/themes/" + i10, schemaPath: "#/properties/review/properties/recurring/properties/themes/items/required", keyword: "required", params: { missingProperty: "patterns" }, message: "must have required property 'patterns'", schema: schema47.properties.review.properties.recurring.properties.themes.items.required, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    for (const key17 in data64) {
                      if (!(key17 === "name" || key17 === "patterns")) {
                        const err109 = { instancePath: instancePath + "/review/recurring/themes/" + i10, schemaPath: "#/properties/review/properties/recurring/properties/themes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                    if (data64.name !== void 0) {
                      let data65 = data64.name;
                      if (typeof data65 === "string") {
                        if (func2(data65) > 100) {
                          const err110 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/name", schemaPath: "#/properties/review/properties/recurring/properties/themes/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items.properties.name, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                        if (func2(data65) < 1) {
                          const err111 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/name", schemaPath: "#/properties/review/properties/recurring/properties/themes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items.properties.name, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                      } else {
                        const err112 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/name", schemaPath: "#/properties/review/properties/recurring/properties/themes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.review.properties.recurring.properties.themes.items.properties.name.type, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items.properties.name, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                    if (data64.patterns !== void 0) {
                      let data66 = data64.patterns;
                      if (Array.isArray(data66)) {
                        if (data66.length > 50) {
                          const err113 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns", schemaPath: "#/$defs/phrases/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema51, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                        if (data66.length < 1) {
                          const err114 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns", schemaPath: "#/$defs/phrases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                        const len10 = data66.length;
                        for (let i11 = 0; i11 < len10; i11++) {
                          let data67 = data66[i11];
                          if (typeof data67 === "string") {
                            if (func2(data67) > 200) {
                              const err115 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns/" + i11, schemaPath: "#/$defs/phrases/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema51.items, data: data67 };
                              if (vErrors === null) {
                                vErrors = [err115];
                              } else {
                                vErrors.push(err115);
                              }
                              errors++;
                            }
                            if (func2(data67) < 1) {
                              const err116 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns/" + i11, schemaPath: "#/$defs/phrases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data67 };
                              if (vErrors === null) {
                                vErrors = [err116];
                              } else {
                                vErrors.push(err116);
                              }
                              errors++;
                            }
                          } else {
                            const err117 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns/" + i11, schemaPath: "#/$defs/phrases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/review/recurring/themes/" + i10 + "/patterns", schemaPath: "#/$defs/phrases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err119 = { instancePath: instancePath + "/review/recurring/themes/" + i10, schemaPath: "#/properties/review/properties/recurring/properties/themes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.review.properties.recurring.properties.themes.items.type, parentSchema: schema47.properties.review.properties.recurring.properties.themes.items, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
              } else {
                const err120 = { instancePath: instancePath + "/review/recurring/themes", schemaPath: "#/properties/review/properties/recurring/properties/themes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.review.properties.recurring.properties.themes.type, parentSchema: schema47.properties.review.properties.recurring.properties.themes, data: data63 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data62.separate !== void 0) {
              let data68 = data62.separate;
              if (Array.isArray(data68)) {
                if (data68.length > 200) {
                  const err121 = { instancePath: instancePath + "/review/recurring/separate", schemaPath: "#/properties/review/properties/recurring/properties/separate/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema47.properties.review.properties.recurring.properties.separate, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                const len11 = data68.length;
                for (let i12 = 0; i12 < len11; i12++) {
                  let data69 = data68[i12];
                  if (Array.isArray(data69)) {
                    if (data69.length > 20) {
                      const err122 = { instancePath: instancePath + "/review/recurring/separate/" + i12, schemaPath: "#/properties/review/properties/recurring/properties/separate/items/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema47.properties.review.properties.recurring.properties.separate.items, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                    if (data69.length < 2) {
                      const err123 = { instancePath: instancePath + "/review/recurring/separate/" + i12, schemaPath: "#/properties/review/properties/recurring/properties/separate/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema47.properties.review.properties.recurring.properties.separate.items, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    const len12 = data69.length;
                    for (let i13 = 0; i13 < len12; i13++) {
                      let data70 = data69[i13];
                      if (Array.isArray(data70)) {
                        if (data70.length > 50) {
                          const err124 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13, schemaPath: "#/$defs/phrases/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema51, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                        if (data70.length < 1) {
                          const err125 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13, schemaPath: "#/$defs/phrases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                        const len13 = data70.length;
                        for (let i14 = 0; i14 < len13; i14++) {
                          let data71 = data70[i14];
                          if (typeof data71 === "string") {
                            if (func2(data71) > 200) {
                              const err126 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13 + "/" + i14, schemaPath: "#/$defs/phrases/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema51.items, data: data71 };
                              if (vErrors === null) {
                                vErrors = [err126];
                              } else {
                                vErrors.push(err126);
                              }
                              errors++;
                            }
                            if (func2(data71) < 1) {
                              const err127 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13 + "/" + i14, schemaPath: "#/$defs/phrases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data71 };
                              if (vErrors === null) {
                                vErrors = [err127];
                              } else {
                                vErrors.push(err127);
                              }
                              errors++;
                            }
                          } else {
                            const err128 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13 + "/" + i14, schemaPath: "#/$defs/phrases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data71 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err129 = { instancePath: instancePath + "/review/recurring/separate/" + i12 + "/" + i13, schemaPath: "#/$defs/phrases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err130 = { instancePath: instancePath + "/review/recurring/separate/" + i12, schemaPath: "#/properties/review/properties/recurring/properties/separate/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.review.properties.recurring.properties.separate.items.type, parentSchema: schema47.properties.review.properties.recurring.properties.separate.items, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
              } else {
                const err131 = { instancePath: instancePath + "/review/recurring/separate", schemaPath: "#/properties/review/properties/recurring/properties/separate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.review.properties.recurring.properties.separate.type, parentSchema: schema47.properties.review.properties.recurring.properties.separate, data: data68 };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
          } else {
            const err132 = { instancePath: instancePath + "/review/recurring", schemaPath: "#/properties/review/properties/recurring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.review.properties.recurring.type, parentSchema: schema47.properties.review.properties.recurring, data: data62 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
      } else {
        const err133 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.review.type, parentSchema: schema47.properties.review, data: data59 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
  } else {
    const err134 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err134];
    } else {
      vErrors.push(err134);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var review = validate24;
var schema53 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://incidents-as-code.dev/schemas/review.schema.json", "title": "Batch review record", "description": "The YAML frontmatter of a batch review record (incidents/reviews/<period>.md): the period reviewed, the incidents covered, the themes found and what was decided.", "type": "object", "additionalProperties": false, "required": ["period", "from", "to", "incidents"], "properties": { "period": { "description": "The period's name: a quarter, a month, a year, or a custom label.", "type": "string", "minLength": 1, "examples": ["2026-Q1", "2026-03", "2026"] }, "from": { "description": "First day of the period (YYYY-MM-DD, inclusive).", "type": "string", "format": "date" }, "to": { "description": "Last day of the period (YYYY-MM-DD, inclusive).", "type": "string", "format": "date" }, "generated_at": { "description": "When the draft was generated (ISO 8601 with a time zone).", "type": "string", "format": "date-time" }, "incidents": { "description": "Ids of the incidents covered.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "themes": { "description": "Themes found across incidents and what the review decided about each.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "description": "The theme in a few words.", "type": "string", "minLength": 1, "examples": ["Alerts are proposed after every incident and rarely built"] }, "incidents": { "description": "Ids of the incidents that show this theme.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "decision": { "description": "What the review decided to do about it.", "type": "string" }, "owner": { "description": "Who carries the decision (@user or @org/team).", "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" } } } }, "attendees": { "description": "Who attended the review.", "type": "array", "items": { "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, "uniqueItems": true } } };
var pattern22 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.period === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.incidents === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "incidents" }, message: "must have required property 'incidents'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "period" || key0 === "from" || key0 === "to" || key0 === "generated_at" || key0 === "incidents" || key0 === "themes" || key0 === "attendees")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data0 = data.period;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.period, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.period.type, parentSchema: schema53.properties.period, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data1 = data.from;
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err7 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema53.properties.from, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.from.type, parentSchema: schema53.properties.from, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data2 = data.to;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err9 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema53.properties.to, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.to.type, parentSchema: schema53.properties.to, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.generated_at !== void 0) {
      let data3 = data.generated_at;
      if (typeof data3 === "string") {
        if (!formats2.validate(data3)) {
          const err11 = { instancePath: instancePath + "/generated_at", schemaPath: "#/properties/generated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema53.properties.generated_at, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/generated_at", schemaPath: "#/properties/generated_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.generated_at.type, parentSchema: schema53.properties.generated_at, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data4 = data.incidents;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/incidents/" + i0, schemaPath: "#/properties/incidents/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.incidents.items.type, parentSchema: schema53.properties.incidents.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err14 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema53.properties.incidents, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.incidents.type, parentSchema: schema53.properties.incidents, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.themes !== void 0) {
      let data6 = data.themes;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.title === void 0) {
              const err16 = { instancePath: instancePath + "/themes/" + i2, schemaPath: "#/properties/themes/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema53.properties.themes.items.required, parentSchema: schema53.properties.themes.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "title" || key1 === "incidents" || key1 === "decision" || key1 === "owner")) {
                const err17 = { instancePath: instancePath + "/themes/" + i2, schemaPath: "#/properties/themes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.properties.themes.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data7.title !== void 0) {
              let data8 = data7.title;
              if (typeof data8 === "string") {
                if (func2(data8) < 1) {
                  const err18 = { instancePath: instancePath + "/themes/" + i2 + "/title", schemaPath: "#/properties/themes/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.themes.items.properties.title, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/themes/" + i2 + "/title", schemaPath: "#/properties/themes/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.themes.items.properties.title.type, parentSchema: schema53.properties.themes.items.properties.title, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.incidents !== void 0) {
              let data9 = data7.incidents;
              if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data10 = data9[i3];
                  if (typeof data10 !== "string") {
                    const err20 = { instancePath: instancePath + "/themes/" + i2 + "/incidents/" + i3, schemaPath: "#/properties/themes/items/properties/incidents/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.themes.items.properties.incidents.items.type, parentSchema: schema53.properties.themes.items.properties.incidents.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                let i4 = data9.length;
                let j1;
                if (i4 > 1) {
                  const indices1 = {};
                  for (; i4--; ) {
                    let item1 = data9[i4];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err21 = { instancePath: instancePath + "/themes/" + i2 + "/incidents", schemaPath: "#/properties/themes/items/properties/incidents/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema53.properties.themes.items.properties.incidents, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i4;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/themes/" + i2 + "/incidents", schemaPath: "#/properties/themes/items/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.themes.items.properties.incidents.type, parentSchema: schema53.properties.themes.items.properties.incidents, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data7.decision !== void 0) {
              let data11 = data7.decision;
              if (typeof data11 !== "string") {
                const err23 = { instancePath: instancePath + "/themes/" + i2 + "/decision", schemaPath: "#/properties/themes/items/properties/decision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.themes.items.properties.decision.type, parentSchema: schema53.properties.themes.items.properties.decision, data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data7.owner !== void 0) {
              let data12 = data7.owner;
              if (typeof data12 === "string") {
                if (!pattern22.test(data12)) {
                  const err24 = { instancePath: instancePath + "/themes/" + i2 + "/owner", schemaPath: "#/properties/themes/items/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema53.properties.themes.items.properties.owner, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/themes/" + i2 + "/owner", schemaPath: "#/properties/themes/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.themes.items.properties.owner.type, parentSchema: schema53.properties.themes.items.properties.owner, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/themes/" + i2, schemaPath: "#/properties/themes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.themes.items.type, parentSchema: schema53.properties.themes.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/themes", schemaPath: "#/properties/themes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.themes.type, parentSchema: schema53.properties.themes, data: data6 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.attendees !== void 0) {
      let data13 = data.attendees;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data14 = data13[i5];
          if (typeof data14 === "string") {
            if (!pattern22.test(data14)) {
              const err28 = { instancePath: instancePath + "/attendees/" + i5, schemaPath: "#/properties/attendees/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema53.properties.attendees.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/attendees/" + i5, schemaPath: "#/properties/attendees/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.attendees.items.type, parentSchema: schema53.properties.attendees.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i6 = data13.length;
        let j2;
        if (i6 > 1) {
          const indices2 = {};
          for (; i6--; ) {
            let item2 = data13[i6];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err30 = { instancePath: instancePath + "/attendees", schemaPath: "#/properties/attendees/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema53.properties.attendees, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
              break;
            }
            indices2[item2] = i6;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/attendees", schemaPath: "#/properties/attendees/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.attendees.type, parentSchema: schema53.properties.attendees, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { incident, config, review };
function compileValidators() {
  return validators;
}

// src/schema/validators.ts
var compiled;
function schemaValidator(name) {
  compiled ??= compileValidators();
  return compiled[name];
}

// src/schema/fix-values.ts
var PHASES = ["started_at", "detected_at", "mitigated_at", "resolved_at"];
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
function asHandle(value) {
  const [user = "", team] = value.trim().replace(/^@/, "").split("/", 2);
  const slug = (text2) => text2.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/[\s_]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");
  const handle = `@${slug(user).slice(0, 39).replace(/-+$/, "")}${team === void 0 ? "" : `/${slug(team)}`}`;
  return HANDLE.test(handle) ? handle : void 0;
}
function usualZone(data) {
  const counts = /* @__PURE__ */ new Map();
  for (const phase of PHASES) {
    const value = data[phase];
    if (typeof value !== "string" || parseTimestamp(value) === void 0) continue;
    const zone = /(?:[Zz]|[+-]\d{2}:?\d{2})$/.exec(value)?.[0]?.toUpperCase() ?? "Z";
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  let best = "Z";
  let most = 0;
  for (const [zone, count] of counts) if (count > most) [best, most] = [zone, count];
  return best;
}
function earliestPossible(data, field) {
  const index = PHASES.indexOf(field);
  let latest;
  for (const phase of PHASES.slice(0, Math.max(index, 0))) {
    const value = data[phase];
    const ms = typeof value === "string" ? parseTimestamp(value) : void 0;
    if (ms !== void 0 && typeof value === "string" && (!latest || ms >= latest.ms))
      latest = { from: phase, value, ms };
  }
  return latest && { from: latest.from, value: latest.value };
}
function dayOfResolution(data) {
  const ms = typeof data.resolved_at === "string" ? parseTimestamp(data.resolved_at) : void 0;
  return ms === void 0 ? void 0 : new Date(ms).toISOString().slice(0, 10);
}
function isoWallTime(value) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return void 0;
  const [, y, mo, d, h, mi, s = "00"] = match;
  const pad = (n) => (n ?? "").padStart(2, "0");
  const text2 = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s}`;
  return Number.isNaN(Date.parse(`${text2}Z`)) || Number(h) > 23 ? void 0 : text2;
}
function paddedDay(value) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!match) return void 0;
  const text2 = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
  return Number.isNaN(Date.parse(`${text2}T00:00:00Z`)) ? void 0 : text2;
}
var UNITS = [
  [/^(?:m|mins?|minutes?)$/, "m"],
  [/^(?:h|hrs?|hours?)$/, "h"],
  [/^(?:d|days?)$/, "d"],
  [/^(?:w|wks?|weeks?)$/, "w"]
];
function unitOf(word) {
  return UNITS.find(([pattern]) => pattern.test(word.toLowerCase()))?.[1];
}
function asDuration(value) {
  const match = /^\s*(\d+)\s*([A-Za-z]+)\s*$/.exec(value);
  const unit = match && unitOf(match[2]);
  return unit ? `${match[1]}${unit}` : void 0;
}
var COMPARISONS = [
  [/^(?:at most|no more than|not more than|up to|within|under or equal to|<=)\s*/i, "<="],
  [/^(?:at least|no less than|not less than|>=)\s*/i, ">="],
  [/^(?:under|below|less than|fewer than|<)\s*/i, "<"],
  [/^(?:over|above|more than|greater than|>)\s*/i, ">"]
];
function asTarget(value) {
  const text2 = value.trim();
  for (const [words2, operator] of COMPARISONS) {
    const rest = words2.exec(text2) ? text2.replace(words2, "") : void 0;
    if (rest === void 0) continue;
    const match = /^(\d+(?:\.\d+)?)\s*(%|percent|[A-Za-z]+)?$/.exec(rest.trim());
    if (!match) return void 0;
    const word = match[2];
    if (word === void 0) return `${operator} ${match[1]}`;
    if (word === "%" || word.toLowerCase() === "percent") return `${operator} ${match[1]}%`;
    const unit = unitOf(word);
    if (unit === "w") return `${operator} ${Number(match[1]) * 7}d`;
    return unit ? `${operator} ${match[1]}${unit}` : void 0;
  }
  return void 0;
}

// src/schema/findings.ts
var fieldAt = (path, field) => JSON.stringify([...path, field]);
var EXAMPLE_TIMESTAMP = "2026-03-04T09:12:00Z";
function schemaDescription(error) {
  const description = error.parentSchema?.description;
  return description ? ` (${description.replace(/\.$/, "")})` : "";
}
function unknownField(error, path) {
  const field = String(error.params.additionalProperty);
  const allowed = Object.keys(error.parentSchema.properties ?? {});
  const guess = didYouMean(field, allowed);
  const alreadyThere = guess !== void 0 && Object.hasOwn(error.data ?? {}, guess);
  const where = path.length === 0 ? "" : ` in ${fieldName(path)}`;
  return {
    rule: UNKNOWN_FIELD,
    message: `unknown field ${quote(field)}${where}${guess ? `; did you mean '${guess}'?` : ""}`,
    hint: !guess ? `remove it; the fields allowed here are ${listOf(allowed)}` : alreadyThere ? `remove it: '${guess}' is given already` : `rename it to '${guess}'`,
    at: "key",
    path: [...path, field],
    ...guess ? { meant: fieldAt(path, guess) } : {}
  };
}
var PHASE_WORDS = {
  mitigated_at: "when user impact stopped",
  resolved_at: "when the cause was fixed"
};
function statusFieldExample(field, data) {
  if (field.endsWith("_at")) {
    const earliest = earliestPossible(data, field);
    const when = PHASE_WORDS[field] ?? "the time it happened";
    return earliest ? `${field}: ${earliest.value}, set to ${when} (${earliest.from} is the earliest it can be), or unknown if nobody recorded it` : `${field}: ${EXAMPLE_TIMESTAMP}, set to ${when}, or unknown if nobody recorded it`;
  }
  if (field === "date" || field === "review") {
    const day = dayOfResolution(data);
    const line = field === "review" ? `review: { date: ${day ?? "2026-03-10"} }` : `date: ${day ?? "2026-03-10"}`;
    return `${line}, set to the day of the review meeting${day ? " (the day of resolved_at is the earliest it can be)" : ""}`;
  }
  return `${field}: ...`;
}
function requiredField(error, path, data) {
  const field = String(error.params.missingProperty);
  const byStatus = /\/then\//.test(error.schemaPath);
  const status = data.status;
  const full = fieldName([...path, field]);
  if (byStatus && typeof status === "string") {
    const example = statusFieldExample(field, data);
    return {
      rule: REQUIRED_BY_STATUS,
      message: `missing '${full}': an incident with status '${status}' needs it`,
      hint: `add ${path.length ? `under ${fieldName(path)}: ` : ""}${example}; or, if the incident has not reached '${status}' yet, set status back`,
      at: path.length ? "key" : "value",
      path: path.length ? path : ["status"],
      missing: fieldAt(path, field)
    };
  }
  const described = error.parentSchema.properties?.[field]?.description;
  return {
    rule: REQUIRED_FIELD,
    message: `missing required field '${full}'`,
    hint: `add a line '${field}: ...'${described ? ` (${described.replace(/\.$/, "")})` : ""}`,
    at: "key",
    path,
    missing: fieldAt(path, field)
  };
}
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function impossibleDay(value) {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 || day > days ? `${MONTHS[month - 1]} ${year} has ${days} days` : void 0;
}
function zoneHint(value, data) {
  const wall = value.replace(" ", "T") + (value.length === 16 ? ":00" : "");
  const zone = usualZone(data);
  return zone === "Z" ? `add Z for UTC (${wall}Z) or an offset such as +01:00` : `add the zone the file's other times are written in (${wall}${zone}), or Z for UTC`;
}
function timestampHint(value, data) {
  const wall = typeof value === "string" ? isoWallTime(value) : void 0;
  if (wall)
    return zoneHint(wall, data).replace(/^add/, "write it with two-digit hours and minutes, a T and a zone: add");
  return "write the date, a T, the time and the zone, in the form YYYY-MM-DDTHH:MM:SSZ (Z for UTC, or an offset such as +01:00); if nobody recorded the time, write its day alone (YYYY-MM-DD) or unknown";
}
function dateHint(value) {
  const padded = typeof value === "string" ? paddedDay(value) : void 0;
  return padded ? `write the month and the day with two digits each: ${padded}` : "write the year, month and day with two digits each: YYYY-MM-DD";
}
function formatWords(error, path, value, data) {
  const name = fieldName(path);
  const format = String(error.params.format);
  const given = describeValue(value);
  const noSuchDay = (format === "date-time" || format === "date") && impossibleDay(value);
  if (noSuchDay) {
    return {
      rule: format === "date" && !String(path[path.length - 1]).endsWith("_at") ? DATE_FORMAT : TIMESTAMP_FORMAT,
      message: `${name} is not a day of the calendar (got ${given}): ${noSuchDay}`,
      hint: "check the day and the month: they may be swapped, or the day one too far",
      at: "value",
      path
    };
  }
  if (format === "date-time") {
    const naive = typeof value === "string" && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
    return naive ? {
      rule: TIMESTAMP_ZONE,
      message: `${name} has no time zone (got ${given})`,
      hint: zoneHint(String(value), data),
      at: "value",
      path
    } : {
      rule: TIMESTAMP_FORMAT,
      message: `${name} must be a timestamp like ${EXAMPLE_TIMESTAMP} (got ${given})`,
      hint: timestampHint(value, data),
      at: "value",
      path
    };
  }
  if (format === "date") {
    return {
      rule: DATE_FORMAT,
      message: `${name} must be a date like 2026-04-01 (got ${given})`,
      hint: dateHint(value),
      at: "value",
      path
    };
  }
  return {
    rule: FIELD_FORMAT,
    message: `${name} must be a valid ${format} (got ${given})`,
    hint: `fix the value of ${name}`,
    at: "value",
    path
  };
}
var TYPE_WORDS = {
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields"
};
function textHint(value, name) {
  const item = /\[\d+\]$/.test(name);
  if (Array.isArray(value))
    return `write it as one line of text, like ${name.split(".").pop()}: ${JSON.stringify(value.map(String).join(", "))}`;
  if (typeof value === "object" && value !== null)
    return `write it as one line of text, not as fields on the lines below`;
  const quoted = JSON.stringify(String(value));
  return item ? `put the item in double quotes: - ${quoted}` : `put the value in double quotes: ${name.split(".").pop()}: ${quoted}`;
}
function typeHint(expected, value, name) {
  if (value === null || value === void 0)
    return `write a value after '${name.split(".").pop()}:', or delete the line`;
  if (expected === "string") return textHint(value, name);
  if (expected === "array")
    return typeof value === "string" ? `write a list: ${name.split(".").pop()}: [${value}]` : "write a list, like [a, b]";
  if (expected === "boolean") return "write true or false, without quotes";
  if (expected === "integer" || expected === "number") return "write digits only, without quotes or units";
  if (expected === "object") return `write the fields of ${name} on the lines below it, indented by two spaces`;
  return `change ${name} to ${TYPE_WORDS[expected] ?? expected}`;
}
function handleHint(value) {
  const handle = typeof value === "string" ? asHandle(value) : void 0;
  if (handle === void 0)
    return 'write their GitHub handle in double quotes: @ then letters, digits or hyphens, like "@alice"';
  const same = typeof value === "string" && handle === `@${value.trim()}`;
  return same ? `write it as ${JSON.stringify(handle)}, in double quotes` : `write their GitHub handle in double quotes, like ${JSON.stringify(handle)} if that is theirs`;
}
function formHint(error, value, examples) {
  const pattern = String(error.schema);
  const text2 = typeof value === "string" ? value : void 0;
  const rewritten = text2 === void 0 ? void 0 : pattern === "^\\d+(m|h|d|w)$" ? asDuration(text2) : pattern.includes("(<=|>=|<|>|==)") ? asTarget(text2) : void 0;
  if (rewritten !== void 0) return `write it as ${/^[<>=]/.test(rewritten) ? JSON.stringify(rewritten) : rewritten}`;
  return `write it in one of these forms: ${listOf([...examples])}`;
}
function patternWords(error, path, value) {
  const name = fieldName(path);
  const given = describeValue(value);
  const last = path[path.length - 1];
  if (String(error.schema).startsWith("^@")) {
    return {
      rule: HANDLE_FORMAT,
      message: `${name} must be a GitHub handle like "@alice" or "@org/team" (got ${given})`,
      hint: handleHint(value),
      at: "value",
      path
    };
  }
  if (last === "id" && path[0] === "follow_ups") {
    const slug = typeof value === "string" ? value.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") : "";
    return {
      rule: FOLLOW_UP_ID_FORMAT,
      message: `follow-up id ${given} must be a slug: lowercase letters, digits and hyphens`,
      hint: slug ? `use '${slug}'` : "use something like canary-analysis",
      at: "value",
      path
    };
  }
  const examples = error.parentSchema.examples?.map((e) => `"${String(e)}"`);
  return examples?.length ? {
    rule: FIELD_FORMAT,
    message: `${name} must look like ${listOf(examples)} (got ${given})`,
    hint: formHint(error, value, examples),
    at: "value",
    path
  } : {
    rule: FIELD_FORMAT,
    message: `${name} has the wrong form (got ${given})`,
    hint: `it must match ${String(error.schema)}${schemaDescription(error)}`,
    at: "value",
    path
  };
}
function words(error, data) {
  const path = pointerToPath(error.instancePath);
  const name = fieldName(path);
  const value = error.data;
  const given = describeValue(value);
  switch (error.keyword) {
    case "additionalProperties":
      return unknownField(error, path);
    case "required":
      return requiredField(error, path, data);
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const guess = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      return {
        rule: ALLOWED_VALUES,
        message: `${name} must be one of ${allowed.join(", ")} (got ${given})`,
        hint: guess ? `did you mean '${guess}'?` : `pick one of ${listOf(allowed)}`,
        at: "value",
        path
      };
    }
    case "const":
      return {
        rule: ALLOWED_VALUES,
        message: `${name} must be ${quote(String(error.params.allowedValue))} (got ${given})`,
        hint: `change it to ${String(error.params.allowedValue)}`,
        at: "value",
        path
      };
    case "type": {
      const expected = String(error.params.type);
      return {
        rule: FIELD_TYPE,
        message: `${name} must be ${TYPE_WORDS[expected] ?? expected} (got ${given})`,
        hint: typeHint(expected, value, name),
        at: "value",
        path
      };
    }
    case "format":
      return formatWords(error, path, value, data);
    case "pattern":
      return patternWords(error, path, value);
    case "minLength":
      return {
        rule: FIELD_EMPTY,
        message: `${name} must not be empty`,
        hint: `write a value for ${name}${schemaDescription(error)}`,
        at: "value",
        path
      };
    case "minItems":
      return {
        rule: FIELD_EMPTY,
        message: `${name} must list at least ${String(error.params.limit)}`,
        hint: `add an entry to ${name}`,
        at: "value",
        path
      };
    case "minimum":
    case "maximum":
      return {
        rule: FIELD_RANGE,
        message: `${name} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(error.params.limit)} (got ${given})`,
        hint: `change ${name}`,
        at: "value",
        path
      };
    case "uniqueItems": {
      const j = Number(error.params.j);
      const duplicate = Array.isArray(value) ? value[Math.max(Number(error.params.i), j)] : void 0;
      return {
        rule: DUPLICATE_ITEM,
        message: `${name} lists ${describeValue(duplicate)} twice`,
        hint: "remove the second one",
        at: "value",
        path: [...path, Math.max(Number(error.params.i), j)]
      };
    }
    case "if":
    case "allOf":
      return void 0;
    // the failing `then` reports the real problem
    default:
      return {
        rule: SCHEMA_CATCH_ALL,
        message: `${name} ${error.message ?? "is not valid"}`,
        hint: `fix ${name}${schemaDescription(error)}`,
        at: "value",
        path
      };
  }
}
function schemaFindings(document, schema) {
  const validate = schemaValidator(schema);
  const { data, cut } = withinListLimit(document.data);
  const findings = cut.map(({ path, length }) => ({
    file: document.file,
    ...document.locate.key(path),
    rule: LIST_TOO_LONG.id,
    severity: LIST_TOO_LONG.severity,
    message: `${fieldName(path)} lists ${length.toLocaleString("en-US")} items; a list may hold at most ${MAX_LIST_ITEMS.toLocaleString("en-US")}`,
    hint: "an incident file records one incident: keep the items that matter and move the rest (logs, long lists) to a linked document"
  }));
  if (validate(data)) return findings;
  const seen = /* @__PURE__ */ new Set();
  const all = (validate.errors ?? []).flatMap((error) => words(error, document.data) ?? []);
  const meant = new Set(all.flatMap((w) => w.meant ?? []));
  for (const w of all) {
    if (w.missing !== void 0 && meant.has(w.missing)) continue;
    const position = w.at === "key" ? document.locate.key(w.path) : document.locate.value(w.path);
    const key = `${position.line}:${position.column}:${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      file: document.file,
      ...position,
      rule: w.rule.id,
      severity: w.rule.severity,
      message: w.message,
      hint: w.hint
    });
  }
  return findings;
}

// src/incidents/fields.ts
function text(data, key) {
  const value = data[key];
  return typeof value === "string" ? value : void 0;
}
function strings(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => typeof item === "string" ? [{ value: item, index }] : []);
}
function records(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap(
    (item, index) => item && typeof item === "object" && !Array.isArray(item) ? [{ value: item, index }] : []
  );
}
function record(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

// src/config/rules/config-findings.ts
var CONFIG_DUPLICATE_ID = defineRule({
  id: "config-duplicate-id",
  severity: "error",
  summary: "severities, categories and services each list an id once",
  why: "Two entries with one id can disagree (two descriptions, two review deadlines), and nobody can tell which one applies.",
  wrong: lines(
    "categories:",
    "  - id: deploy",
    "    description: A deploy introduced the failure.",
    "  - id: deploy",
    "    description: A release went wrong."
  ),
  right: lines("categories:", "  - id: deploy", "    description: A deploy or release introduced the failure."),
  repository: inConfig
});
var CONFIG_UNKNOWN_SEVERITY = defineRule({
  id: "config-unknown-severity",
  severity: "error",
  summary: "goals count only severities that the config defines",
  why: "A goal filtered on a severity that does not exist counts no incidents, so it would look met or missing for the wrong reason.",
  wrong: lines(
    "severities:",
    "  - id: SEV1",
    "  - id: SEV2",
    "goals:",
    "  - name: Fast mitigation",
    "    metric: time_to_mitigate",
    "    where: { severity: [SEV0, SEV1] }",
    '    target: "<= 30m"'
  ),
  right: lines(
    "severities:",
    "  - id: SEV1",
    "  - id: SEV2",
    "goals:",
    "  - name: Fast mitigation",
    "    metric: time_to_mitigate",
    "    where: { severity: [SEV1, SEV2] }",
    '    target: "<= 30m"'
  ),
  repository: inConfig
});
function duplicateIds(document, key) {
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const { value, index } of records(document.data[key])) {
    if (typeof value.id !== "string") continue;
    if (seen.has(value.id)) {
      findings.push({
        file: document.file,
        ...document.locate.value([key, index, "id"]),
        rule: CONFIG_DUPLICATE_ID.id,
        severity: CONFIG_DUPLICATE_ID.severity,
        message: `${key} lists ${quote(value.id)} twice`,
        hint: "remove or rename one of them"
      });
    }
    seen.add(value.id);
  }
  return findings;
}
function goalSeverities(document) {
  const severities = records(document.data.severities).map((s) => s.value.id);
  if (severities.length === 0) return [];
  const findings = [];
  for (const { value: goal, index } of records(document.data.goals)) {
    const where = goal.where;
    if (!Array.isArray(where?.severity)) continue;
    where.severity.forEach((severity, i) => {
      if (typeof severity === "string" && !severities.includes(severity)) {
        findings.push({
          file: document.file,
          ...document.locate.value(["goals", index, "where", "severity", i]),
          rule: CONFIG_UNKNOWN_SEVERITY.id,
          severity: CONFIG_UNKNOWN_SEVERITY.severity,
          message: `goal ${quote(String(goal.name))} counts severity ${quote(severity)}, which is not in severities`,
          hint: `use one of ${severities.join(", ")}`
        });
      }
    });
  }
  return findings;
}
function configFindings(document) {
  const schema = schemaFindings(document, "config");
  if (schema.length > 0) return schema;
  return [
    ...duplicateIds(document, "severities"),
    ...duplicateIds(document, "categories"),
    ...duplicateIds(document, "services"),
    ...goalSeverities(document)
  ];
}

// src/incidents/read/config.ts
import { existsSync, statSync } from "node:fs";

// src/incidents/decode.ts
import { isUtf8 } from "node:buffer";
var BOM = "\uFEFF";
var UTF16_BOMS = [
  [255, 254],
  [254, 255]
];
var LONE_CR = /\r(?!\n)/g;
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}
function secondByteRange(first) {
  if (first === 224) return [160, 191];
  if (first === 237) return [128, 159];
  if (first === 240) return [144, 191];
  if (first === 244) return [128, 143];
  return [128, 191];
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(b) : [128, 191];
      if (c === void 0 || c < low || c > high) return i;
    }
    i += need + 1;
  }
  return -1;
}
function isUtf16(bytes) {
  return UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b);
}
function decodeText(bytes) {
  if (isUtf16(bytes)) return { ok: false, problem: "encoding", position: { line: 1, column: 1 } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: "binary", position: positionOfByte(bytes, nul) };
  if (!isUtf8(bytes)) {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return { ok: false, problem: "encoding", position: positionOfByte(bytes, offset) };
  }
  let text2 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text2.startsWith(BOM)) text2 = text2.slice(1);
  if (text2.startsWith(BOM)) text2 = text2.slice(1);
  return { ok: true, text: text2.includes("\r") ? text2.replace(LONE_CR, "\n") : text2 };
}

// src/incidents/read/bounded.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function kindOf(stats) {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  if (stats.isDirectory()) return "a folder";
  return "not a regular file";
}
function openRegular(absolute) {
  const fd = openSync(absolute, OPEN_FLAGS);
  let stats;
  try {
    stats = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (stats.isFile()) return { fd, size: stats.size };
  closeSync(fd);
  return { notRegular: kindOf(stats) };
}
var shared = Buffer.allocUnsafe(64 * 1024);
function readBounded(absolute, limit = MAX_FILE_BYTES) {
  const opened = openRegular(absolute);
  if ("notRegular" in opened) return opened;
  const { fd, size } = opened;
  try {
    if (size > limit) return { tooLarge: size };
    if (size > shared.length) shared = Buffer.allocUnsafe(Math.min(Math.max(size, shared.length * 2), limit));
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, shared, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: shared.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

// src/incidents/read/config.ts
function unusableConfig(file, summary, finding) {
  return new ConfigError(`${file} ${summary}`, [{ file, line: 1, column: 1, severity: "error", ...finding }]);
}
function readConfigText(absolute, file) {
  if (!existsSync(absolute)) return void 0;
  if (statSync(absolute).isDirectory()) {
    throw new ConfigError(
      `${file} is a folder; the config must be a file of that name (remove or rename the folder)`,
      []
    );
  }
  const read = readBounded(absolute);
  if ("tooLarge" in read) {
    const sizes = sizeOverLimit(read.tooLarge, MAX_FILE_BYTES);
    throw unusableConfig(file, "is too large to be a config file", {
      rule: FILE_TOO_LARGE.id,
      message: `the config is ${sizes.size}, larger than the ${sizes.limit} limit for a config file`,
      hint: "a config is a page of settings; check that the right file is named .incidents.yml"
    });
  }
  if ("notRegular" in read) {
    throw new ConfigError(
      `${file} is ${read.notRegular}, not a regular file; the config must be a file (it was not read)`,
      []
    );
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    throw unusableConfig(file, "is not UTF-8 text", {
      rule: FILE_NOT_TEXT.id,
      ...decoded.position,
      message: decoded.problem === "binary" ? "the config contains a NUL byte: it looks like a binary file, not YAML" : "the config is not valid UTF-8 text",
      hint: 'save the file as UTF-8 (most editors: "Save with encoding"); the first invalid byte is here'
    });
  }
  return decoded.text;
}

// src/config/rules/config-mapping.ts
var CONFIG_NOT_MAPPING = defineRule({
  id: "config-not-mapping",
  severity: "error",
  summary: "the config is a set of 'key: value' lines",
  why: "Every setting is looked up by its key (severities, categories, services, ...); a list or a single value has no keys, so no command can run.",
  wrong: lines("- SEV1", "- SEV2"),
  right: lines("severities:", "  - id: SEV1", "    description: Most customers cannot order or pay."),
  repository: inConfig
});
function configMapping(file, data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw unusableConfig(file, "must be a set of 'key: value' lines", {
      rule: CONFIG_NOT_MAPPING.id,
      message: "the config must be a set of fields (severities:, categories:, ...)",
      hint: "see docs/config.md for an example .incidents.yml, or run incidents init for a commented one"
    });
  }
  return data;
}

// src/config/rules/follow-up-label.ts
var CONFIG_LABEL_COMMA = defineRule({
  id: "config-label-comma",
  severity: "error",
  summary: "follow_ups.label is one label, without a comma",
  why: "Sync finds its issues by this label, and GitHub's issue filter reads `labels=team, follow-up` as two labels that must both be on an issue: none has them, so every run would file each follow-up again.",
  wrong: lines("follow_ups:", "  label: team, follow-up"),
  right: lines("follow_ups:", "  label: team-follow-up"),
  repository: inConfig
});
function followUpLabelFindings(document) {
  const followUps = document.data.follow_ups;
  const label = followUps?.label;
  if (typeof label !== "string" || !label.includes(",")) return [];
  return [
    {
      file: document.file,
      ...document.locate.value(["follow_ups", "label"]),
      rule: CONFIG_LABEL_COMMA.id,
      severity: CONFIG_LABEL_COMMA.severity,
      message: `follow_ups.label ${quote(label)} contains a comma, which GitHub's issue filter reads as two labels that must both be present`,
      hint: `name one label without a comma, like ${quote(
        label.split(",").map((part) => part.trim()).filter(Boolean).join("-")
      )}`
    }
  ];
}

// src/config/goal-target.ts
function parseTarget(text2) {
  const m = /^\s*(<=|>=|<|>|==)\s*(\d+(?:\.\d+)?)\s*(%|m|h|d)?\s*$/.exec(text2);
  if (!m) throw new Error(`not a goal target: '${text2}'`);
  const value = Number(m[2]);
  const unit = m[3];
  if (unit === "%") return { op: m[1], value: value / 100, unit: "share" };
  if (unit === "m" || unit === "h" || unit === "d")
    return { op: m[1], value: value * (unit === "m" ? 1 : unit === "h" ? 60 : 1440), unit: "minutes" };
  return { op: m[1], value, unit: "count" };
}

// src/config/rules/goal-targets.ts
var CONFIG_GOAL_TARGET = defineRule({
  id: "config-goal-target",
  severity: "error",
  summary: "a goal's target is in its metric's unit (a count, a duration, a share) and can be met",
  why: "A batch review compares each goal with its target every period. A share above 100% or a time below zero is never met, and a duration compared with a percentage compares minutes with a fraction: the goal would show as missed for no reason.",
  wrong: lines(
    "goals:",
    "  - name: Follow-ups get done",
    "    metric: follow_up_completion",
    '    target: ">= 120%"',
    "  - name: Fast mitigation",
    "    metric: time_to_mitigate",
    '    target: ">= 80%"'
  ),
  right: lines(
    "goals:",
    "  - name: Follow-ups get done",
    "    metric: follow_up_completion",
    '    target: ">= 80%"',
    "  - name: Fast mitigation",
    "    metric: time_to_mitigate",
    '    target: "<= 30m"'
  ),
  repository: inConfig
});
var TARGET = /^\s*(<=|>=|<|>|==)\s*\d+(\.\d+)?\s*(%|m|h|d)?\s*$/;
var METRIC_UNITS = {
  incident_count: "count",
  time_to_detect: "minutes",
  time_to_mitigate: "minutes",
  time_to_resolve: "minutes",
  follow_up_completion: "share",
  customer_detected_share: "share",
  repeat_share: "share"
};
var UNIT_WORDS = {
  count: { noun: "a count", example: '"<= 2"' },
  minutes: { noun: "a duration", example: '"<= 30m" (m, h or d)' },
  share: { noun: "a share", example: '">= 80%"' }
};
function impossible(target) {
  const max = target.unit === "share" ? 1 : Infinity;
  const { op, value } = target;
  if (op === "<" && value <= 0) return "nothing is measured below zero";
  if ((op === ">=" || op === "==") && value > max) return "a share cannot be more than 100%";
  if (op === ">" && value >= max) return "a share cannot be more than 100%";
  return void 0;
}
function goalTargetFindings(document) {
  const findings = [];
  for (const { value: goal, index } of records(document.data.goals)) {
    const unit = typeof goal.metric === "string" ? METRIC_UNITS[goal.metric] : void 0;
    if (unit === void 0 || typeof goal.target !== "string" || !TARGET.test(goal.target)) continue;
    const target = parseTarget(goal.target);
    const name = quote(String(goal.name ?? `goals[${index}]`));
    const at = () => document.locate.value(["goals", index, "target"]);
    if (target.unit !== unit) {
      findings.push({
        file: document.file,
        ...at(),
        rule: CONFIG_GOAL_TARGET.id,
        severity: CONFIG_GOAL_TARGET.severity,
        message: `goal ${name} measures ${goal.metric}, ${UNIT_WORDS[unit].noun}, but its target ${quote(goal.target)} is ${UNIT_WORDS[target.unit].noun}`,
        hint: `write the target as ${UNIT_WORDS[unit].noun}, like ${UNIT_WORDS[unit].example}`
      });
      continue;
    }
    const why = impossible(target);
    if (why) {
      findings.push({
        file: document.file,
        ...at(),
        rule: CONFIG_GOAL_TARGET.id,
        severity: CONFIG_GOAL_TARGET.severity,
        message: `goal ${name} can never be met: its target is ${quote(goal.target)}, and ${why}`,
        hint: `set a target that ${goal.metric} can reach, like ${UNIT_WORDS[unit].example}`
      });
    }
  }
  return findings;
}

export {
  decodeText,
  defineRule,
  lines,
  EXAMPLE_FILE,
  EXAMPLE_INCIDENT,
  RESOLVED_INCIDENT,
  configFile,
  otherIncident,
  inIncident,
  underReview,
  MAX_FILE_BYTES,
  formatBytes,
  sizeOverLimit,
  FILE_NOT_TEXT,
  FILE_TOO_LARGE,
  FILE_SYMLINK,
  FRONTMATTER_MISSING,
  FRONTMATTER_UNCLOSED,
  FRONTMATTER_NOT_MAPPING,
  YAML_SYNTAX,
  YAML_DUPLICATE_KEY,
  YAML_TAB,
  YAML_TAG,
  YAML_ALIAS,
  YAML_TOO_DEEP,
  openRegular,
  readBounded,
  DAY_MS,
  parseTimestamp,
  parseDay,
  LIST_TOO_LONG,
  UNKNOWN_FIELD,
  REQUIRED_FIELD,
  REQUIRED_BY_STATUS,
  FIELD_TYPE,
  ALLOWED_VALUES,
  FIELD_EMPTY,
  FIELD_RANGE,
  DUPLICATE_ITEM,
  SCHEMA_CATCH_ALL,
  TIMESTAMP_FORMAT,
  TIMESTAMP_ZONE,
  DATE_FORMAT,
  HANDLE_FORMAT,
  FIELD_FORMAT,
  FOLLOW_UP_ID_FORMAT,
  schemaFindings,
  text,
  strings,
  records,
  record,
  CONFIG_DUPLICATE_ID,
  CONFIG_UNKNOWN_SEVERITY,
  configFindings,
  readConfigText,
  CONFIG_NOT_MAPPING,
  configMapping,
  CONFIG_LABEL_COMMA,
  followUpLabelFindings,
  parseTarget,
  CONFIG_GOAL_TARGET,
  goalTargetFindings
};
