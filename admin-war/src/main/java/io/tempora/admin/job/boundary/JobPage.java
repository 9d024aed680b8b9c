package io.tempora.admin.job.boundary;

import java.util.List;

public record JobPage(List<JobView> items, int page, int size, long total) {}
