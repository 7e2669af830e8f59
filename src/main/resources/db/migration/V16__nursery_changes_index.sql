-- Every replica asks, four times a second, which nurseries changed in the last 30 seconds (nursery.NurseryChangeFeed),
-- so that its cached public pages and statistics follow a write made on any replica within two seconds.
create index nursery_updated_at on nursery (updated_at);
