rootProject.name = "senate-votes"
