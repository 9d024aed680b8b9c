package io.tempora.admin.run.boundary;

import java.util.List;

public record RunPage(List<RunView> items, int page, int size, long total) {}
