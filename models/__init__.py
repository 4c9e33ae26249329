"""The domain and its data. Never imports Qt."""
