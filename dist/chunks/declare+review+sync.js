import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  RequestError
} from "./declare+init+review+sync.js";

// src/github/api/own-login.ts
var VIEWER_QUERY = "{ viewer { login } }";
var asked = /* @__PURE__ */ new WeakMap();
function ownLogin(client) {
  let answer = asked.get(client);
  if (!answer) {
    answer = client.graphql(VIEWER_QUERY).then(({ viewer }) => viewer.login);
    asked.set(client, answer);
    answer.catch(() => asked.delete(client));
  }
  return answer;
}

// src/github/transient.ts
function isTransient(error) {
  return error instanceof RequestError ? error.status >= 500 || error.status === 429 : error instanceof TypeError;
}

export {
  isTransient,
  ownLogin
};
