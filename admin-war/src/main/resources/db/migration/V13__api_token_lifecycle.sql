-- API tokens managed through the API: who created one, until when it is valid, when it was revoked and
-- when it was last used (kept to the minute: writing it on every call would cost a write per request).
ALTER TABLE api_token ADD COLUMN created_by VARCHAR(120);
ALTER TABLE api_token ADD COLUMN expires_at BIGINT;
ALTER TABLE api_token ADD COLUMN revoked_at BIGINT;
ALTER TABLE api_token ADD COLUMN last_used_at BIGINT;
