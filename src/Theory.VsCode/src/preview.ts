import { execFile } from "child_process";
import * as path from "path";
import * as vscode from "vscode";

/**
 * The causal web beside the editor: `theory graph --format dot` on the theory's folder, laid out
 * by Graphviz compiled to WebAssembly (no Graphviz install needed), shown as SVG in a webview that
 * runs no script, and redrawn whenever a theory file is saved.
 */
export class CausalWebPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folder: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly command: () => string) {
    this.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId === "theory" && this.panel) {
          void this.render();
        }
      }),
    );
  }

  async show(document: vscode.TextDocument): Promise<void> {
    this.folder = path.dirname(document.uri.fsPath);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("theory.preview", "Causal web", vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
    }
    await this.render();
  }

  private async render(): Promise<void> {
    if (!this.panel || !this.folder) {
      return;
    }
    const view = vscode.workspace.getConfiguration("theory").get<string>("preview.view", "web");
    try {
      const dot = await run(this.command(), ["graph", ".", "--view", view, "--format", "dot"], this.folder);
      // The package is an ES module; a dynamic import loads it from this CommonJS extension.
      const { Graphviz } = await import("@hpcc-js/wasm-graphviz");
      const graphviz = await Graphviz.load();
      this.panel.webview.html = page(graphviz.dot(dot, "svg"));
    } catch (error) {
      this.panel.webview.html = page(`<pre>${escapeHtml(String(error))}</pre>`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(stderr || error.message));
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The SVG in a page whose policy allows no script and nothing from the network. */
function page(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<style>body { background: white; margin: 0; } svg { max-width: 100%; height: auto; }</style></head>
<body>${body}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
