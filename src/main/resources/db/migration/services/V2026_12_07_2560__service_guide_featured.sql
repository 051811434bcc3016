-- 首页常用服务: the disclosure office's order among the guides shown on the home page (null: not shown there).
-- Chosen by hand until approval cases give counts of use.
alter table service_guide add column featured_order integer;
