import { expect } from '@open-wc/testing';
import type { GovLab } from '@govtech-network/sdk';
import { labsToCsv } from './csv.js';
import { directoryMessages } from './messages.js';

const m = directoryMessages;
const lab = (over: Partial<GovLab>): GovLab => ({ id: 'x', name: 'X', sector: 'academia', country: 'PE', ...over });

describe('labsToCsv', () => {
  it('starts with a BOM, quotes every field, doubles quotes and keeps commas and accents', () => {
    const csv = labsToCsv(
      [lab({ name: 'Laboratorio de Innovación, "Cusco"', city: 'Cusco', focusAreas: ['IA', 'Datos'], founded: 2019 })],
      m.csv,
      (sector) => m.sectors[sector],
    );
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header).to.equal('"Nombre","Sector","Ciudad","Región","País","Temas","Redes","Fundación","Sitio web","Correo"');
    expect(row).to.equal('"Laboratorio de Innovación, ""Cusco""","Academia","Cusco","","PE","IA; Datos","","2019","",""');
    expect(end).to.equal('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = labsToCsv([lab({ name: '=HYPERLINK("x")', city: '+1', region: '@cmd', email: '-x@example.org' })], m.csv, (s) => s);
    expect(csv.split('\r\n')[1]).to.equal('"\'=HYPERLINK(""x"")","academia","\'+1","\'@cmd","PE","","","","","\'-x@example.org"');
  });
});
