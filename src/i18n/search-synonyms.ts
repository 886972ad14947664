/**
 * Words readers type for what the handbook writes differently, in either language. Each group's
 * words are searched for one another; commands and ids are not translated, so they need none.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['500', '5xx'],
  ['502', '5xx'],
  ['503', '5xx'],
  ['on call', 'on-call', '值班'],
  ['db', 'database', '数据库'],
  ['outage', 'system failure', '系统故障'],
  ['breach', 'data leak', '数据泄露'],
  ['hack', 'security incident', '安全事件'],
  ['roll back', 'rollback', '回滚'],
  ['purchase', 'procurement', '采购'],
  ['sign-off', 'approval', '审批'],
  ['wecom', 'wechat work', '企业微信'],
  ['drill', 'exercise', '演练'],
];
