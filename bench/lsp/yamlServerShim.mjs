// Preloaded (`node --import`) into yaml-language-server by bench/lspBench.mjs. The project's
// package.json overrides vscode-languageserver-protocol to 3.18.5 for every vscode-languageserver
// in the tree, so yaml-language-server's vscode-languageserver@9 gets it too, and its
// `require('vscode-languageserver-protocol/')` (trailing slash) is refused by 3.18.5's `exports`.
// The main entry is the same module; without this the server does not start.
import Module from 'node:module';

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'vscode-languageserver-protocol/' ? 'vscode-languageserver-protocol' : request, ...rest);
};
