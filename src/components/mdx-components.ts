/** The components an MDX body may use without importing them; mirrors src/lib/content/components.ts. */
import Clause from './refs/Clause.astro';
import Role from './refs/Role.astro';
import Permission from './refs/Permission.astro';
import Param from './refs/Param.astro';
import Obligation from './refs/Obligation.astro';
import Control from './refs/Control.astro';
import Runbook from './refs/Runbook.astro';
import Plan from './refs/Plan.astro';
import Assumption from './refs/Assumption.astro';
import Steps from './Steps.astro';
import Callout from './Callout.astro';

export const mdxComponents = {
  Clause,
  Role,
  Permission,
  Param,
  Obligation,
  Control,
  Runbook,
  Plan,
  Assumption,
  Steps,
  Callout,
};
