import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { serverCommand } from "./serverPath";
import { CausalWebPreview } from "./preview";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = () => serverCommand(vscode.workspace.getConfiguration("theory").get<string>("path", ""), context.extensionPath);
  const start = async () => {
    const serverOptions: ServerOptions = { command: command(), args: ["lsp", "--stdio"] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: "file", language: "theory" }],
      // The diagnostic pages ship with the extension, so their links open offline.
      initializationOptions: { helpBaseUri: vscode.Uri.file(path.join(context.extensionPath, "docs", "diagnostics")).toString() + "/" },
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.theory,*.bib,*.json,*.ris,theory.json}") },
    };
    client = new LanguageClient("theory", "Theory", serverOptions, clientOptions);
    await client.start();
  };

  const preview = new CausalWebPreview(command);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand("theory.showPreview", async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== "theory") {
        void vscode.window.showInformationMessage("Open a .theory file to preview its causal web.");
        return;
      }
      await preview.show(document);
    }),
    vscode.commands.registerCommand("theory.restartServer", async () => {
      await client?.stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("theory.path")) {
        await client?.stop();
        await start();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
