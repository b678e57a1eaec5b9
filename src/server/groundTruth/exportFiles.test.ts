import { describe, expect, it } from 'vitest';
import { baseNameOf, contentTypeOf, safeName } from './exportFiles.ts';

describe('export file names', () => {
  it('keeps a document name readable but safe as a file or folder name in a zip', () => {
    expect(baseNameOf('scans/2024/영수증 1.png')).toBe('영수증 1');
    expect(baseNameOf('..\\..\\etc\\passwd.pdf')).toBe('passwd');
    expect(baseNameOf('a:b*c?"<d>|.tiff')).toBe('a_b_c___d__');
    expect(baseNameOf('bell\u0007\nname.jpg')).toBe('bell__name');
    expect(baseNameOf('.png')).toBe('document');
    expect(baseNameOf('')).toBe('document');
    expect([...baseNameOf(`${'長'.repeat(300)}.png`)]).toHaveLength(100);
    expect(safeName('../..', 'project')).toBe('.._..');
    expect(safeName('...', 'project')).toBe('project');
    expect(safeName('Invoices v1.2', 'project')).toBe('Invoices v1.2');
  });

  it('sends single files with their own type', () => {
    expect(contentTypeOf('a.clova.json')).toBe('application/json');
    expect(contentTypeOf('a.alto.xml')).toBe('application/xml');
    expect(contentTypeOf('a.hocr')).toBe('text/html');
    expect(contentTypeOf('a_l0001.gt.txt')).toBe('text/plain');
  });
});
