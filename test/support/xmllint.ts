/** Validating exported REFI-QDA projects with a real validator (xmllint, Debian's libxml2-utils). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_XSD = fileURLToPath(new URL('../fixtures/refi-qda/Project-mrt2019.xsd', import.meta.url));

/** xmllint's verdict on a project.qde: '' when valid, its complaints otherwise. */
export function schemaErrors(xml: string, xsd: string = PROJECT_XSD): string {
  const dir = mkdtempSync(join(tmpdir(), 'qde-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}
