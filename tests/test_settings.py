"""Defaults stay polite for real sites; writable paths never come from the working directory."""

from pathlib import Path

from newsscraper import paths, settings


def test_polite_defaults_for_real_sites():
    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert 1 <= settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert settings.DOWNLOAD_DELAY >= 0.5
    assert 0 < settings.DOWNLOAD_TIMEOUT <= 30
    assert 0 < settings.DOWNLOAD_MAXSIZE <= 64 * 1024 * 1024
    assert settings.RETRY_ENABLED and settings.RETRY_TIMES >= 1
    assert settings.FEED_EXPORT_ENCODING == "utf-8"
    assert "newsscraper" in settings.USER_AGENT and "http" in settings.USER_AGENT


def test_loopback_profile_only_relaxes_speed():
    lo = settings.LOOPBACK_SETTINGS
    assert lo["ROBOTSTXT_OBEY"] is True
    assert lo["AUTOTHROTTLE_ENABLED"] is False and lo["DOWNLOAD_DELAY"] == 0


def test_data_dir_setting_wins(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSSCRAPER_DATA_DIR", raising=False)
    assert paths.data_dir(tmp_path) == tmp_path.resolve()


def test_data_dir_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSSCRAPER_DATA_DIR", str(tmp_path))
    assert paths.data_dir() == tmp_path.resolve()


def test_data_dir_ignores_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSSCRAPER_DATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    chosen = paths.data_dir()
    assert chosen == Path(paths.PROJECT_ROOT) / "data"
    assert not str(chosen).startswith(str(tmp_path))
