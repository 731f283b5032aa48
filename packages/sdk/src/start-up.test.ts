import { afterEach, describe, expect, it, vi } from 'vitest';

// What a page pays while the SDK's modules evaluate is paid before any widget can paint; the dear
// things (a locale's collation tables) must wait for the first call that needs them.
describe('loading the SDK', () => {
  const RealCollator = Intl.Collator;
  afterEach(() => {
    Intl.Collator = RealCollator;
    vi.resetModules();
  });

  it('builds no Intl.Collator until a sort needs one', async () => {
    let built = 0;
    Intl.Collator = new Proxy(RealCollator, {
      construct(target, args: ConstructorParameters<typeof Intl.Collator>) {
        built++;
        return new target(...args);
      },
    });
    vi.resetModules();
    const sdk = await import('./index.js');
    await import('./labs.js');
    expect(built).toBe(0);

    const index = sdk.indexLabs([
      { id: 'b', name: 'B', sector: 'public', country: 'PE', city: 'Ñaña' },
      { id: 'a', name: 'A', sector: 'public', country: 'PE', city: 'Nazca' },
    ] as Parameters<typeof sdk.indexLabs>[0]);
    expect(sdk.labFacets(index).city.map((facet) => facet.value)).toEqual(['Nazca', 'Ñaña']);
    expect(built).toBe(1);
  });
});

