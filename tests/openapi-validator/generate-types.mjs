// Generates the TypeScript types a client would use, from an OpenAPI document (a JSON file), with openapi-typescript.
// Usage: node generate-types.mjs openapi.json   — prints the types; exit code 1 with the error when generation fails.
import { readFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const file = process.argv[2];
if (!file) {
  console.error("Aufruf: node generate-types.mjs <openapi.json>");
  process.exit(2);
}

const ast = await openapiTS(JSON.parse(await readFile(file, "utf8")));
console.log(astToString(ast));
