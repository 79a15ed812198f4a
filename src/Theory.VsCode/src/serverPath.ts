import * as fs from "fs";
import * as path from "path";

/**
 * The `theory` program to start: the `theory.path` setting, else the binary bundled with the
 * extension for this platform (server/<platform>-<arch>/theory), else `theory` on the PATH.
 */
export function serverCommand(configured: string, extensionPath: string): string {
  if (configured.trim().length > 0) {
    return configured.trim();
  }
  const executable = process.platform === "win32" ? "theory.exe" : "theory";
  const bundled = path.join(extensionPath, "server", `${process.platform}-${process.arch}`, executable);
  return fs.existsSync(bundled) ? bundled : executable;
}
