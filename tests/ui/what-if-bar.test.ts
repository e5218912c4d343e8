// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'lit';
import defaultScenario from '../../scenarios/default.json';
import { mustParseScenario } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';
import { renderWhatIfBar } from '../../src/ui/dashboard/what-if-bar';
import type { WhatIf } from '../../src/ui/what-if';
import { standInResults } from './stand-in-results';

const scenario = mustParseScenario(defaultScenario);

function mount(policy: string, s: Scenario = scenario) {
  const host = document.createElement('div');
  document.body.append(host);
  const sent: WhatIf[] = [];
  render(renderWhatIfBar(standInResults(), s, policy, 'gender', (e) => sent.push((e as CustomEvent<WhatIf>).detail)), host);
  return { host, sent };
}

afterEach(() => document.body.replaceChildren());

describe('the What if… bar', () => {
  it('for a learned policy offers exclude, drop a feature, add parity and the budget; each control sends one what-if', () => {
    const { host, sent } = mount('propensity');
    const drop = host.querySelector<HTMLSelectElement>('#what-if-drop')!;
    expect([...drop.options].slice(1).map((o) => o.value)).toEqual(['neighbourhood', 'income', 'education', 'device', 'careerInterest', 'hoursOnline']);
    drop.value = 'income';
    drop.dispatchEvent(new Event('change'));
    expect(drop.selectedIndex).toBe(0); // back to its name, ready for the next question
    host.querySelector<HTMLButtonElement>('#what-if-parity')!.click();
    const exclude = host.querySelector<HTMLSelectElement>('#what-if-exclude')!;
    exclude.value = 'gender|x';
    exclude.dispatchEvent(new Event('change'));
    const budget = host.querySelector<HTMLSelectElement>('#what-if-budget')!;
    expect(budget.options[0]!.textContent).toContain('Budget: 10% of eligible');
    budget.value = '0.2';
    budget.dispatchEvent(new Event('change'));
    expect(sent).toEqual([
      { kind: 'drop-feature', policy: 'propensity', feature: 'income' },
      { kind: 'add-constraint', policy: 'propensity', constraint: 'demographic-parity', attribute: 'gender' },
      { kind: 'exclude-group', attribute: 'gender', group: 'x' },
      { kind: 'set-budget', share: 0.2 },
    ]);
  });

  it('for Random offers no feature to drop and no constraint; for delivery, gender parity exists already and is not offered', () => {
    const random = mount('random').host;
    expect(random.querySelector('#what-if-drop')).toBeNull();
    expect(random.querySelector('#what-if-parity')).toBeNull();
    expect(mount('delivery').host.querySelector('#what-if-parity')).toBeNull();
  });
});
