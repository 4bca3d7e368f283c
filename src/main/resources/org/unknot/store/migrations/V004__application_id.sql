-- Unknot schema 4. The file carries Unknot's own marker in its header (application_id 0x554E4B54, "UNKT"), so
-- another program's SQLite file is never taken for Unknot's, whatever its user_version.

PRAGMA application_id = 1431194452;
