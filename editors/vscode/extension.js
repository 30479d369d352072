// Starts the language server (`regels-taalserver`, from `pip install -e .`) for .regels files.
// Without the server, the grammar, language configuration and snippets still work.
const vscode = require("vscode");
let client;

function activate(context) {
  let lc;
  try {
    lc = require("vscode-languageclient/node");
  } catch (e) {
    return; // the client library is not installed: highlighting only
  }
  const command = vscode.workspace.getConfiguration("regels").get("taalserver") || "regels-taalserver";
  client = new lc.LanguageClient(
    "regels", "Regels-taalserver",
    { command, args: [], transport: lc.TransportKind.stdio },
    { documentSelector: [{ scheme: "file", language: "regels" }] }
  );
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
