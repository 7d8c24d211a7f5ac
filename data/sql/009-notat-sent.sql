-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 9: the day a notat was sent to its committees. A sent notat is
-- locked against accidental edits until the coordinator edits it again, which
-- makes it a draft and clears the day.

ALTER TABLE notat ADD COLUMN sent_at TEXT CHECK (sent_at IS NULL OR date (sent_at) IS sent_at);

-- Notater marked sent before the day was kept: their own date (Dato) is the
-- best guess there is.
UPDATE notat SET sent_at = date WHERE status = 'sent';
