-- Issue 13: placements from several perspectives (TypologyDeclared revision 2). A declared placement says whose it
-- is (CHEF, PROJEKTLEDER, PARTNER, FORSKER) and, for a partner's, which actor represents the partner. The rows
-- built before hold declarations of revision 1, which carry no perspective: NULL is exactly what they mean (the
-- project's own declaration, perspective not recorded), so no replay is needed. No table is made, so the
-- application role keeps its grants (V10). The same SQL suits PostgreSQL and H2.
-- Numbered 16 so that another branch of issue 13 may take 14 and 15.

ALTER TABLE proj_declared_placement ADD COLUMN perspective VARCHAR(20);
ALTER TABLE proj_declared_placement ADD COLUMN actor_id VARCHAR(80);
