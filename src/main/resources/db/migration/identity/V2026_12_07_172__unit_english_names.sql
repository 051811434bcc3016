-- The English name of a unit, shown on English pages (the Chinese name where it is missing); edited with the unit.
ALTER TABLE unit ADD COLUMN name_en VARCHAR(100);

UPDATE unit SET name_en = 'Hunan Provincial Department of Human Resources and Social Security' WHERE code = 'agency';
UPDATE unit SET name_en = 'General Office' WHERE code = 'office';
UPDATE unit SET name_en = 'Legal Affairs Division' WHERE code = 'legal';
UPDATE unit SET name_en = 'Employment Promotion Division' WHERE code = 'employment';
UPDATE unit SET name_en = 'Professional and Technical Personnel Division' WHERE code = 'professional';
UPDATE unit SET name_en = 'Vocational Skills Division' WHERE code = 'vocational';
UPDATE unit SET name_en = 'Public Institutions Personnel Division' WHERE code = 'institutions';
UPDATE unit SET name_en = 'Civil Service Bureau' WHERE code = 'civilservice';
UPDATE unit SET name_en = 'Labour Relations Division' WHERE code = 'labour';
UPDATE unit SET name_en = 'Labour Inspection Division' WHERE code = 'inspection';
UPDATE unit SET name_en = 'Mediation and Arbitration Division' WHERE code = 'arbitration';
UPDATE unit SET name_en = 'Finance Division' WHERE code = 'finance';
UPDATE unit SET name_en = 'Petitions Office' WHERE code = 'petitions';
UPDATE unit SET name_en = 'Pension Insurance Division' WHERE code = 'pension';
UPDATE unit SET name_en = 'Unemployment Insurance Division' WHERE code = 'unemployment';
UPDATE unit SET name_en = 'Medical Insurance Division' WHERE code = 'medical';
UPDATE unit SET name_en = 'Work Injury Insurance Division' WHERE code = 'injury';
UPDATE unit SET name_en = 'Rural Social Insurance Division' WHERE code = 'rural';
UPDATE unit SET name_en = 'Social Insurance Fund Supervision Division' WHERE code = 'fundsupervision';
UPDATE unit SET name_en = 'Vocational Skills Appraisal Centre' WHERE code = 'appraisal';
UPDATE unit SET name_en = 'Publicity Centre' WHERE code = 'publicity';
UPDATE unit SET name_en = 'Information Centre' WHERE code = 'it';
UPDATE unit SET name_en = 'Statistics and Information Centre' WHERE code = 'statistics';
UPDATE unit SET name_en = 'Social Insurance Administration Bureau' WHERE code = 'socialinsurance';
UPDATE unit SET name_en = 'Medical Insurance Administration Bureau' WHERE code = 'medicalinsurance';
