-- The English name of a category, shown on English pages (the Chinese name where it is missing). Staff edit it
-- with the category; the default tree gets its English names here.
ALTER TABLE catalogue_category ADD COLUMN name_en VARCHAR(100);

UPDATE catalogue_category SET name_en = 'Organisation and functions' WHERE code = 'organisation';
UPDATE catalogue_category SET name_en = 'Laws, regulations and documents' WHERE code = 'regulations';
UPDATE catalogue_category SET name_en = 'Plans' WHERE code = 'plans';
UPDATE catalogue_category SET name_en = 'Lists of powers and responsibilities' WHERE code = 'powers';
UPDATE catalogue_category SET name_en = 'Administrative approvals' WHERE code = 'approvals';
UPDATE catalogue_category SET name_en = 'Employment and business start-ups' WHERE code = 'employment';
UPDATE catalogue_category SET name_en = 'Social insurance' WHERE code = 'social-insurance';
UPDATE catalogue_category SET name_en = 'Talent and professionals' WHERE code = 'talent';
UPDATE catalogue_category SET name_en = 'Examinations and recruitment' WHERE code = 'recruitment';
UPDATE catalogue_category SET name_en = 'Labour relations and wages' WHERE code = 'labour';
UPDATE catalogue_category SET name_en = 'Public funds' WHERE code = 'finance';
UPDATE catalogue_category SET name_en = 'Policy interpretations' WHERE code = 'interpretation';
UPDATE catalogue_category SET name_en = 'Press releases' WHERE code = 'press';
UPDATE catalogue_category SET name_en = 'Government services' WHERE code = 'services';
UPDATE catalogue_category SET name_en = 'Disclosed on request' WHERE code = 'on-request';
UPDATE catalogue_category SET name_en = 'Annual reports' WHERE code = 'annual-report';
